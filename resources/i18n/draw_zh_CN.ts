<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Ceremony</name>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="325"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../ui/screens/match.py" line="37"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="39"/>
        <source>Post change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="39"/>
        <source>Work conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="40"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="40"/>
        <source>Avoidance found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="41"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="44"/>
        <source>details (required for “Other”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="46"/>
        <source>name of the approving leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="55"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="57"/>
        <source>Approved by</source>
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
    <name>DrawChoicePage</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="74"/>
        <source>Choose the draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="75"/>
        <source>Inspectors are matched to the enterprises of a completed draw. District bureaus must finish matching within five working days of receiving the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="88"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="89"/>
        <source>Inspectors per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="90"/>
        <source>Match date (certificates valid on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="105"/>
        <source>Draw no. %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="116"/>
        <source>No completed draw yet: run the draw first (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="131"/>
        <source>The match of this draw is committed and waits for its witnesses. The ceremony continues with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="136"/>
        <source>The inspectors of this draw are matched already. A match runs once; change a team with “Replace an inspector…” on the match screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawModels</name>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="165"/>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="165"/>
        <location filename="../../ui/wizards/draw_models.py" line="377"/>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="165"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="167"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="168"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="169"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="170"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="171"/>
        <source>Committed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="172"/>
        <source>Drawn at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="173"/>
        <source>Void reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="179"/>
        <location filename="../../ui/wizards/draw_models.py" line="192"/>
        <location filename="../../ui/wizards/draw_models.py" line="216"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="180"/>
        <source>Task name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="181"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="182"/>
        <source>Ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="183"/>
        <location filename="../../ui/wizards/draw_models.py" line="193"/>
        <location filename="../../ui/wizards/draw_models.py" line="217"/>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="184"/>
        <source>Frame size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="185"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="186"/>
        <source>Alternates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="194"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="195"/>
        <location filename="../../ui/wizards/draw_models.py" line="203"/>
        <location filename="../../ui/wizards/draw_models.py" line="219"/>
        <location filename="../../ui/wizards/draw_models.py" line="248"/>
        <location filename="../../ui/wizards/draw_models.py" line="269"/>
        <location filename="../../ui/wizards/draw_models.py" line="282"/>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="196"/>
        <location filename="../../ui/wizards/draw_models.py" line="204"/>
        <location filename="../../ui/wizards/draw_models.py" line="220"/>
        <location filename="../../ui/wizards/draw_models.py" line="240"/>
        <location filename="../../ui/wizards/draw_models.py" line="261"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="197"/>
        <location filename="../../ui/wizards/draw_models.py" line="208"/>
        <location filename="../../ui/wizards/draw_models.py" line="221"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="205"/>
        <location filename="../../ui/wizards/draw_models.py" line="250"/>
        <location filename="../../ui/wizards/draw_models.py" line="271"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="206"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="207"/>
        <source>Check items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="209"/>
        <location filename="../../ui/wizards/draw_models.py" line="218"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="210"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="222"/>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="223"/>
        <location filename="../../ui/wizards/draw_models.py" line="242"/>
        <location filename="../../ui/wizards/draw_models.py" line="285"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="229"/>
        <location filename="../../ui/wizards/draw_models.py" line="241"/>
        <location filename="../../ui/wizards/draw_models.py" line="262"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="230"/>
        <source>Eligible inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="231"/>
        <location filename="../../ui/wizards/draw_models.py" line="263"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="232"/>
        <source>Load cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="233"/>
        <source>Cap raised from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="239"/>
        <location filename="../../ui/wizards/draw_models.py" line="260"/>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="249"/>
        <location filename="../../ui/wizards/draw_models.py" line="270"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="251"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="252"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="253"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="254"/>
        <source>Short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="272"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="273"/>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="274"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="279"/>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="279"/>
        <source>Short resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="281"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="283"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="284"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="286"/>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="287"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="293"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="294"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="295"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="346"/>
        <source>fixed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="377"/>
        <source>Alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="387"/>
        <source>Replaced by an alternate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="391"/>
        <source>%1 alternate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="461"/>
        <source>none available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="491"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="507"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="507"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawRecords</name>
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
        <location filename="../../ui/wizards/draw_wizard.py" line="90"/>
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
        <location filename="../../ui/screens/draw.py" line="244"/>
        <source>Alternate used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="245"/>
        <source>%1 is replaced in task %2 by alternate no. %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="249"/>
        <source>Using an alternate…</source>
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
    <name>MatchCommitmentPage</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="256"/>
        <source>The match commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="257"/>
        <source>The roster, the avoidance list and the team size are frozen. Save and print the commitment and show it to the witnesses before they roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="263"/>
        <source>Match commitment (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="273"/>
        <source>Save/print the commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="281"/>
        <source>Draw no. %1, %2 per team, match date %3, committed at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="286"/>
        <source>Draw record SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="287"/>
        <source>Roster digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="288"/>
        <source>Avoidance digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchRecords</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="32"/>
        <source>Folder for the match commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="45"/>
        <source>Writing the match commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="46"/>
        <source>The match commitment was written:
%1
Open the folder now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="54"/>
        <source>Folder for the match record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="63"/>
        <source>Writing the match record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="64"/>
        <source>The match record was written:
%1
Open the folder now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchResultPage</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="351"/>
        <source>The matched teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="352"/>
        <source>The match is done and logged. Resolve short inspections on the match screen; save and print the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="358"/>
        <source>Match seed (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="364"/>
        <source>Save/print the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="376"/>
        <source>%1 team(s) matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="378"/>
        <source>%1 inspection(s) are short of inspectors and need a recorded decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchScreen</name>
    <message>
        <location filename="../../ui/screens/match.py" line="134"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="141"/>
        <source>Start matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="142"/>
        <source>Replace an inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="143"/>
        <source>Resolve a short inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="144"/>
        <source>Save/print the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="145"/>
        <source>Verify a record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="177"/>
        <source>Match inspectors — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="178"/>
        <source>Match inspectors — no plan chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="183"/>
        <source>Draw no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="193"/>
        <source>This plan has no completed draw yet: run the draw first (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="196"/>
        <source>The inspectors of draw no. %1 are not matched yet. Start matching: the inputs are committed first, then the witnesses supply the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="201"/>
        <source>The match of draw no. %1 is committed (commitment %2) and waits for the witnesses: continue with “Start matching…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="209"/>
        <source>Draw no. %1: %2 team(s) of %3, matched at %4; record revision %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="214"/>
        <source>Deadline for matching: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="216"/>
        <source>%1 inspection(s) are short of inspectors: resolve them with a recorded decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="267"/>
        <source>Inspector replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="268"/>
        <source>%1 leaves the team of %2. The rule chose %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="272"/>
        <source>Replacing the inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="294"/>
        <source>Recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchTabs</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="304"/>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="309"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="314"/>
        <source>Loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="317"/>
        <location filename="../../ui/wizards/match_wizard.py" line="342"/>
        <source>Short inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="320"/>
        <source>Replacements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="323"/>
        <source>Pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="334"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="341"/>
        <source>Short inspections (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchWizard</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="390"/>
        <source>Match inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="398"/>
        <source>Confirm and match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="419"/>
        <source>Matching…</source>
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
    <name>PoolsPage</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="157"/>
        <source>Review the pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="158"/>
        <source>Who may be matched in each pool, who is left out and why, and the load cap. No team exists before the witnesses&apos; digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="161"/>
        <source>Commit the match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="174"/>
        <source>Inspectors left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="186"/>
        <location filename="../../ui/wizards/match_wizard.py" line="190"/>
        <source>Reading the inspector register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="198"/>
        <source>%1 inspection(s), %2 eligible inspector(s), %3 left out, %4 avoidance pair(s); %5 per team; match date %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="205"/>
        <source>Matching must be finished by %1 (five working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="210"/>
        <source>%1 third-party institution(s) can be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="234"/>
        <source>Committing the match…</source>
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
    <name>ReplaceDialog</name>
    <message>
        <location filename="../../ui/screens/match.py" line="80"/>
        <source>Replace an inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="81"/>
        <source>%1 %2: who leaves the team, why, and which leader approved it. The replacement is chosen by the published rule (smallest load, then pair ticket); it cannot be picked by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="87"/>
        <source> (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="89"/>
        <source>Inspector to replace</source>
        <translation type="unfinished"></translation>
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
    <name>ShortDialog</name>
    <message>
        <location filename="../../ui/screens/match.py" line="98"/>
        <source>Resolve a short inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="99"/>
        <source>%1 %2 has %3 of %4 inspectors: its pool has no one else without a conflict. Name an inspector from another pool, the approving leader and the reason; the decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="105"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="109"/>
        <source>Inspector</source>
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
</TS>
