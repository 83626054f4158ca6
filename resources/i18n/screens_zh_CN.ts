<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="162"/>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="162"/>
        <location filename="../../ui/wizards/draw_models.py" line="374"/>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="162"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="164"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="165"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="166"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="167"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="168"/>
        <source>Committed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="169"/>
        <source>Drawn at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="170"/>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="176"/>
        <location filename="../../ui/wizards/draw_models.py" line="189"/>
        <location filename="../../ui/wizards/draw_models.py" line="213"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="177"/>
        <source>Task name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="178"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="179"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="180"/>
        <location filename="../../ui/wizards/draw_models.py" line="190"/>
        <location filename="../../ui/wizards/draw_models.py" line="214"/>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="181"/>
        <source>Frame size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="182"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="183"/>
        <source>Alternates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="191"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="192"/>
        <location filename="../../ui/wizards/draw_models.py" line="200"/>
        <location filename="../../ui/wizards/draw_models.py" line="216"/>
        <location filename="../../ui/wizards/draw_models.py" line="245"/>
        <location filename="../../ui/wizards/draw_models.py" line="266"/>
        <location filename="../../ui/wizards/draw_models.py" line="279"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="193"/>
        <location filename="../../ui/wizards/draw_models.py" line="201"/>
        <location filename="../../ui/wizards/draw_models.py" line="217"/>
        <location filename="../../ui/wizards/draw_models.py" line="237"/>
        <location filename="../../ui/wizards/draw_models.py" line="258"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="194"/>
        <location filename="../../ui/wizards/draw_models.py" line="205"/>
        <location filename="../../ui/wizards/draw_models.py" line="218"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="202"/>
        <location filename="../../ui/wizards/draw_models.py" line="247"/>
        <location filename="../../ui/wizards/draw_models.py" line="268"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="203"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="204"/>
        <source>Check items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="206"/>
        <location filename="../../ui/wizards/draw_models.py" line="215"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="207"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="219"/>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="220"/>
        <location filename="../../ui/wizards/draw_models.py" line="239"/>
        <location filename="../../ui/wizards/draw_models.py" line="282"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="226"/>
        <location filename="../../ui/wizards/draw_models.py" line="238"/>
        <location filename="../../ui/wizards/draw_models.py" line="259"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="227"/>
        <source>Eligible inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="228"/>
        <location filename="../../ui/wizards/draw_models.py" line="260"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="229"/>
        <source>Load cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="230"/>
        <source>Cap raised from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="236"/>
        <location filename="../../ui/wizards/draw_models.py" line="257"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="246"/>
        <location filename="../../ui/wizards/draw_models.py" line="267"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="248"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="249"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="250"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="251"/>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="269"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="270"/>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="271"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="276"/>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="276"/>
        <source>Short resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="278"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="280"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="281"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="283"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="284"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="290"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="291"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="292"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="343"/>
        <source>fixed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="374"/>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="384"/>
        <source>Replaced by an alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="388"/>
        <source>%1 alternate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="458"/>
        <source>none available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="488"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="504"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="504"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlternateDialog</name>
    <message>
        <location filename="../../ui/screens/draw.py" line="52"/>
        <source>Use an alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="55"/>
        <source>An alternate takes the place of a drawn enterprise only under the rule printed on the commitment sheet (the enterprise was deregistered or closed before the visit). The first unused alternate of the same task and district is used; the use is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="70"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="71"/>
        <source>Drawn enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="72"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="335"/>
        <source>The commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="336"/>
        <source>The draw is committed: the plan, its frames and quotas are frozen. Save and print the commitment sheet and show the commitment to the witnesses before they roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="342"/>
        <source>Commitment (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="349"/>
        <source>Save/print the commitment sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="357"/>
        <source>Draw no. %1, committed at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawScreen</name>
    <message>
        <location filename="../../ui/screens/draw.py" line="115"/>
        <source>Start the draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="116"/>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="117"/>
        <source>Use an alternate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="118"/>
        <source>Save/print the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="119"/>
        <source>Verify a record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="134"/>
        <source>Draws of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="167"/>
        <source>Random draw — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="168"/>
        <source>Random draw — no plan chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="189"/>
        <source>No draw yet. Start the draw: it is committed first, then the witnesses supply the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="196"/>
        <source>Draw no. %1 drew %2 enterprise(s) to inspect (after merging the tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="201"/>
        <source>Draw no. %1 is committed and waits for the witnesses&apos; digits: continue with “Start the draw…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="205"/>
        <source>Draw no. %1 is void: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="220"/>
        <source>Void draw no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="221"/>
        <source>A void draw stays on record and is listed on every later record. A new draw gets the next number and a new ceremony. Why is this draw void?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="228"/>
        <source>Voiding the draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="248"/>
        <source>Alternate used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="251"/>
        <source>Using an alternate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="260"/>
        <source>The alternate was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="261"/>
        <source>%1 is replaced in task %2 by alternate no. %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawWizard</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="494"/>
        <source>Random draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="502"/>
        <source>Confirm and draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="523"/>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawnTabs</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="404"/>
        <location filename="../../ui/wizards/draw_wizard.py" line="414"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="405"/>
        <source>Inspections (merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="413"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="415"/>
        <source>Drawn by task and district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="423"/>
        <source>Frames and quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="426"/>
        <source>Alternates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="459"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="57"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBasicsPage</name>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="145"/>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="146"/>
        <source>Title and document number as in the plan document, its period and the date by which checks and result entry must be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="151"/>
        <source>e.g. 2020年度工业产品生产许可证获证企业和食品相关产品企业双随机抽查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="153"/>
        <source>e.g. 局函〔2020〕277号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="161"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="162"/>
        <source>Document number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="163"/>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="164"/>
        <source>Checks and entry done by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="165"/>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="166"/>
        <source>Inspectors per team:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="122"/>
        <source>Choose the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="123"/>
        <source>The draw takes the plan&apos;s tasks as they are now; committing freezes the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="126"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="167"/>
        <source>No plan exists yet. Create one in step 2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="172"/>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="173"/>
        <source>Period: %1 to %2, checks and entry done by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="177"/>
        <source>by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="177"/>
        <source>city-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="182"/>
        <source>This plan was drawn already (draw no. %1). A draw is never repeated: to draw again, void that draw with a reason on the draw screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="187"/>
        <source>Draw no. %1 of this plan is committed and waits for its witnesses. The ceremony continues with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReviewPage</name>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="439"/>
        <source>Review and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="440"/>
        <source>The plan stays a draft and can be changed until its draw is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="452"/>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="453"/>
        <source>Period: %1 to %2, checks and entry done by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="455"/>
        <source>Inspectors per team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="457"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="457"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="457"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="458"/>
        <source>Ratio or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="458"/>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="459"/>
        <source>Check items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="462"/>
        <source>%1 enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="464"/>
        <source>By district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="464"/>
        <source>City-wide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../../ui/screens/plan.py" line="71"/>
        <location filename="../../ui/screens/plan.py" line="120"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="76"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="78"/>
        <source>Create from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="80"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="82"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="95"/>
        <location filename="../../ui/screens/plan.py" line="124"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="96"/>
        <location filename="../../ui/screens/plan.py" line="124"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="97"/>
        <location filename="../../ui/screens/plan.py" line="126"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="105"/>
        <source>No plan yet. Create one from a plan file (TOML) or with “New plan…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="111"/>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="125"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="125"/>
        <source>Checks and entry done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="126"/>
        <source>Inspectors per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="127"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="135"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="138"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="139"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="140"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="141"/>
        <source> (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="143"/>
        <source>Ratio or count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="144"/>
        <source>Stratified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="144"/>
        <source>By district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="145"/>
        <source>City-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="146"/>
        <source>Check items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="147"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="162"/>
        <source>Deadlines (working days, for information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="191"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="191"/>
        <source>Frozen (draw committed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="195"/>
        <source>%1 enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="204"/>
        <source>product contains %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="206"/>
        <source>districts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="208"/>
        <source>not inspected in the last %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="282"/>
        <source>Conditional items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="297"/>
        <source>Create a plan from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="298"/>
        <source>Plan files (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="306"/>
        <source>Reading the plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="309"/>
        <source>Create plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="317"/>
        <source>Plan “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="344"/>
        <location filename="../../ui/screens/plan.py" line="361"/>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="345"/>
        <source>Delete the draft plan “%1”? This is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="359"/>
        <source>Plan deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTasksPage</name>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="211"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="212"/>
        <source>Each task draws from one enterprise register with a ratio or a fixed count and carries its check items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="227"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="229"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="236"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="245"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="246"/>
        <source>Fixed count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="251"/>
        <source>20% or 1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="262"/>
        <source>By district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="263"/>
        <source>City-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="274"/>
        <source>One check item per line, or separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="278"/>
        <source>optional; several words separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="280"/>
        <source>Inspectors of the enterprise&apos;s district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="281"/>
        <source>Inspectors of the city bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="282"/>
        <source>Both (mixed teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="284"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="285"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="286"/>
        <source>Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="287"/>
        <source>How many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="288"/>
        <source>Strata:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="289"/>
        <source>Check items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="290"/>
        <source>Product contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="291"/>
        <source>Inspectors from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="326"/>
        <source>(new task)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="38"/>
        <source>Edit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="38"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="41"/>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="42"/>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="43"/>
        <location filename="../../ui/wizards/plan_wizard.py" line="117"/>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="213"/>
        <source>Review the tasks, frames and quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="214"/>
        <source>Nothing is selected yet: no one can know the result before the witnesses&apos; digits. Committing fixes the frames and prints their hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="217"/>
        <source>Commit the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="235"/>
        <location filename="../../ui/wizards/draw_wizard.py" line="243"/>
        <source>Building the frames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="251"/>
        <source>%1 task(s), %2 enterprise(s) in the frames, %3 to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="256"/>
        <source>Left out by the filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="282"/>
        <source>Committing the draw…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadBackPage</name>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="207"/>
        <source>Read the digits back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="208"/>
        <source>Read every witness&apos;s digits aloud. Correct them with Back before confirming; after confirmation they can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="213"/>
        <source>Witnesses, please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="231"/>
        <source>%1. %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizards/witness_page.py" line="241"/>
        <source>%n digit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="368"/>
        <source>The drawn enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="369"/>
        <source>The draw is done and logged. Save and print the record; the witnesses sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="374"/>
        <source>Seed (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="380"/>
        <source>Save/print the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="391"/>
        <source>Draw no. %1: %2 enterprise(s) to inspect after merging the tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="75"/>
        <source>Verify a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="77"/>
        <source>Re-compute a draw record or a match record from its own contents. Given the exported frame files (draw) or the roster and avoidance files (match), their digests are checked too. Nothing in the database is used or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="84"/>
        <source>Records (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="85"/>
        <source>Open a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="86"/>
        <source>Folder of the frame files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="87"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="88"/>
        <source>Roster file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="89"/>
        <source>Avoidance file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="90"/>
        <source>The draw record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="91"/>
        <source>Record (draw-record.json or match-record.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="92"/>
        <source>Frame files folder (draw, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="93"/>
        <source>Roster file (match, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="94"/>
        <source>Avoidance file (match, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="95"/>
        <source>Draw record (match, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="98"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="128"/>
        <source>Verifying the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="138"/>
        <source>Match record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="138"/>
        <source>Draw record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="140"/>
        <source>%1: %2 of %3 checks FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="144"/>
        <source>%1: all %2 checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WitnessBox</name>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="73"/>
        <source>Witness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="79"/>
        <source>e.g. supervisor, enterprise representative, staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="83"/>
        <source>the digits rolled with the ten-sided dice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="87"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="88"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="89"/>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizards/witness_page.py" line="99"/>
        <source>%n digit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WitnessEntryPage</name>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="123"/>
        <source>Witnesses and their dice digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="124"/>
        <source>Enter every witness in the order they will sign, and the digits each rolled publicly with ten-sided dice. The digits are shown large so the witnesses can follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="139"/>
        <source>Add a witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="140"/>
        <source>Remove the last witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizards/witness_page.py" line="171"/>
        <source>%n digit(s) in total from the witnesses below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="324"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="75"/>
        <source>Save the commitment sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="76"/>
        <source>commitment-sheet-draw-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="89"/>
        <source>Writing the commitment sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="91"/>
        <source>The commitment sheet was saved to %1. Print it and let the witnesses sign it. Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="98"/>
        <source>Folder for the draw record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="109"/>
        <source>The draw record was written:
%1
Open the folder now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="112"/>
        <source>Writing the draw record…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
