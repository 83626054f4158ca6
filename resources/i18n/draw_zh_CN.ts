<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlternateDialog</name>
    <message>
        <location filename="../../ui/screens/draw.py" line="47"/>
        <source>Use an alternate</source>
        <translation>使用替补</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="48"/>
        <source>An alternate takes the place of a drawn enterprise only under the rule printed on the commitment sheet (the enterprise was deregistered or closed before the visit). The first unused alternate of the same task and district is used; the use is logged.</source>
        <translation>替补对象只能按承诺单上写明的规则递补抽中对象（该企业在检查前已注销、被吊销或已关闭停业）。系统使用同一任务、同一区市中排位在前且未用过的替补对象，每次使用都记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="54"/>
        <source>The inspectors of this draw are matched: the alternate&apos;s inspection team is chosen by the published matching rule (smallest load, then pair ticket, in its pool, no avoided inspector), the replaced enterprise&apos;s team is released, and the match record gets a new revision. Name the leader who approved it.</source>
        <translation>本次抽取的检查人员已经匹配：替补企业的检查组由公开的匹配规则选定（在其人员池中按任务量最少、再按配对号，排除有回避关系的人员），被替换企业的检查组随之撤下，匹配记录生成新的一版。请填写批准的分管领导。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="64"/>
        <source>Find: code or name</source>
        <translation>查找：代码或名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="65"/>
        <source>No drawn enterprise of this task matches</source>
        <translation>本任务没有符合查找条件的抽中企业</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="69"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="70"/>
        <source>Drawn enterprise</source>
        <translation>抽中的企业</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="71"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="74"/>
        <source>Name of the approving leader</source>
        <translation>批准的本单位分管领导姓名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="75"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="24"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="26"/>
        <source>Post change</source>
        <translation>岗位调整</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="26"/>
        <source>Work conflict</source>
        <translation>工作冲突</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="27"/>
        <source>Health</source>
        <translation>身体健康状况</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="27"/>
        <source>Avoidance found</source>
        <translation>发现回避情形</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="28"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="31"/>
        <source>details (required for “Other”)</source>
        <translation>具体说明（选择“其他”时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="33"/>
        <source>name of the approving leader</source>
        <translation>批准的分管领导姓名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="39"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="41"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="213"/>
        <source>The commitment</source>
        <translation>抽取承诺</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="214"/>
        <source>The draw is committed: the plan, its frames and quotas are frozen. Save and print the commitment sheet and show the commitment to the witnesses before they roll.</source>
        <translation>抽取承诺已提交：计划、抽取范围和应抽户数均已冻结。请保存并打印承诺单，在见证人掷骰之前向其出示承诺值。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="216"/>
        <source>Commitment (SHA-256)</source>
        <translation>承诺值（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="216"/>
        <source>Save/print the commitment sheet…</source>
        <translation>保存/打印承诺单…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="229"/>
        <source>Draw no. %1, committed at %2.</source>
        <translation>第 %1 号抽取，承诺时间 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="237"/>
        <source>Frame digest of %1 (%2 enterprises)</source>
        <translation>任务 %1 抽取范围摘要（%2 户）</translation>
    </message>
</context>
<context>
    <name>DrawChoicePage</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="69"/>
        <source>Choose the draw</source>
        <translation>选择抽取</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="70"/>
        <source>Inspectors are matched to the enterprises of a completed draw. District bureaus must finish matching within five working days of receiving the list.</source>
        <translation>为已完成抽取的检查对象匹配检查人员。区市局应在收到名单后五个工作日内完成匹配。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="82"/>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="83"/>
        <source>Inspectors per team</source>
        <translation>每组检查人员数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="84"/>
        <source>Match date (certificates valid on)</source>
        <translation>匹配日期（执法证须在该日有效）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="96"/>
        <source>Draw no. %1 — %2</source>
        <translation>第 %1 号抽取 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="107"/>
        <source>No completed draw yet: run the draw first (step 3).</source>
        <translation>还没有已完成的抽取：请先完成随机抽取（第 3 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="121"/>
        <source>The match of this draw is committed and waits for its witnesses. The ceremony continues with it.</source>
        <translation>本次抽取的匹配承诺已提交，正在等待见证人。将继续进行该次匹配。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="126"/>
        <source>The inspectors of this draw are matched already. A match runs once; change a team with “Replace an inspector…” on the match screen.</source>
        <translation>本次抽取的检查人员已经匹配。匹配只能进行一次；如需调整检查组，请在匹配页面使用“更换人员…”。</translation>
    </message>
</context>
<context>
    <name>DrawModels</name>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="39"/>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="40"/>
        <location filename="../../ui/wizards/draw_models.py" line="248"/>
        <source>Drawn</source>
        <translation>已抽取</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="41"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="43"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="44"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="45"/>
        <location filename="../../ui/wizards/draw_models.py" line="179"/>
        <source>Commitment</source>
        <translation>承诺值</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="46"/>
        <location filename="../../ui/wizards/draw_models.py" line="181"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="47"/>
        <source>Committed at</source>
        <translation>承诺时间</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="48"/>
        <source>Drawn at</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="49"/>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="55"/>
        <location filename="../../ui/wizards/draw_models.py" line="70"/>
        <location filename="../../ui/wizards/draw_models.py" line="94"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="56"/>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="57"/>
        <source>Register</source>
        <translation>名录库</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="58"/>
        <source>Ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="60"/>
        <location filename="../../ui/wizards/draw_models.py" line="71"/>
        <location filename="../../ui/wizards/draw_models.py" line="95"/>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="61"/>
        <source>Frame size</source>
        <translation>范围户数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="62"/>
        <source>Quota</source>
        <translation>应抽户数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="64"/>
        <source>Alternates</source>
        <translation>替补</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="72"/>
        <source>Order</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="73"/>
        <location filename="../../ui/wizards/draw_models.py" line="81"/>
        <location filename="../../ui/wizards/draw_models.py" line="97"/>
        <location filename="../../ui/wizards/draw_models.py" line="128"/>
        <location filename="../../ui/wizards/draw_models.py" line="149"/>
        <location filename="../../ui/wizards/draw_models.py" line="165"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="74"/>
        <location filename="../../ui/wizards/draw_models.py" line="82"/>
        <location filename="../../ui/wizards/draw_models.py" line="98"/>
        <location filename="../../ui/wizards/draw_models.py" line="120"/>
        <location filename="../../ui/wizards/draw_models.py" line="141"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="75"/>
        <location filename="../../ui/wizards/draw_models.py" line="86"/>
        <location filename="../../ui/wizards/draw_models.py" line="99"/>
        <source>Ticket</source>
        <translation>票号</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="83"/>
        <location filename="../../ui/wizards/draw_models.py" line="130"/>
        <location filename="../../ui/wizards/draw_models.py" line="151"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="84"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="85"/>
        <source>Check items</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="87"/>
        <location filename="../../ui/wizards/draw_models.py" line="96"/>
        <source>Rank</source>
        <translation>排位</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="88"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="100"/>
        <source>Used for</source>
        <translation>递补对象</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="101"/>
        <location filename="../../ui/wizards/draw_models.py" line="122"/>
        <location filename="../../ui/wizards/draw_models.py" line="168"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="107"/>
        <location filename="../../ui/wizards/draw_models.py" line="121"/>
        <location filename="../../ui/wizards/draw_models.py" line="142"/>
        <source>Pool</source>
        <translation>人员池</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="108"/>
        <source>Eligible inspectors</source>
        <translation>可匹配人数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="110"/>
        <location filename="../../ui/wizards/draw_models.py" line="143"/>
        <source>Inspections</source>
        <translation>检查户数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="112"/>
        <source>Load cap</source>
        <translation>每人上限</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="113"/>
        <source>Cap raised from</source>
        <translation>提高前的每人上限</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="119"/>
        <location filename="../../ui/wizards/draw_models.py" line="140"/>
        <source>Certificate no.</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="129"/>
        <location filename="../../ui/wizards/draw_models.py" line="150"/>
        <source>Enterprise</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="131"/>
        <source>Leader</source>
        <translation>组长</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="132"/>
        <source>Members</source>
        <translation>组员</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="133"/>
        <source>Institution</source>
        <translation>第三方机构</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="134"/>
        <source>Short</source>
        <translation>人员不足</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="152"/>
        <source>Assigned</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="153"/>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="154"/>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="159"/>
        <source>Replacement</source>
        <translation>更换人员</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="160"/>
        <source>Short resolved</source>
        <translation>补足人员</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="161"/>
        <source>Alternate used</source>
        <translation>使用替补</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="163"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="166"/>
        <source>Out</source>
        <translation>换下</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="167"/>
        <source>In</source>
        <translation>换上</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="169"/>
        <source>Approver</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="170"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="171"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="178"/>
        <source>Specification</source>
        <translation>规范</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="180"/>
        <source>Witnesses</source>
        <translation>见证人</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="182"/>
        <source>Match seed</source>
        <translation>匹配种子</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="183"/>
        <source>Quotas</source>
        <translation>应抽户数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="184"/>
        <source>Tickets</source>
        <translation>票号</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="185"/>
        <source>Selection</source>
        <translation>抽中顺序</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="186"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="187"/>
        <source>Frame files</source>
        <translation>抽取范围文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="188"/>
        <source>Draw record</source>
        <translation>抽取记录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="189"/>
        <source>Roster</source>
        <translation>人员名单</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="190"/>
        <source>Avoidance list</source>
        <translation>回避名单</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="191"/>
        <source>Pools</source>
        <translation>人员池</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="192"/>
        <source>Teams</source>
        <translation>检查组</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="193"/>
        <source>Replacements</source>
        <translation>人员调整</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="194"/>
        <source>Institutions</source>
        <translation>第三方机构</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="195"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="197"/>
        <source>Other check</source>
        <translation>其他检查</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="202"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="203"/>
        <source>Check</source>
        <translation>校验项</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="204"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="221"/>
        <source>fixed %1</source>
        <translation>固定 %1 户</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="249"/>
        <source>Alternate</source>
        <translation>替补</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="254"/>
        <source>Replaced by an alternate</source>
        <translation>已由替补递补</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="255"/>
        <source>%1 alternate %2</source>
        <translation>%1 替补第 %2 位</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="274"/>
        <source>none available</source>
        <translation>无可用机构</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="284"/>
        <source>%1 of %2</source>
        <translation>%1/%2 人</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="295"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="296"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_models.py" line="63"/>
        <source>How the quota is worked out</source>
        <translation>抽取数的计算</translation>
    </message>
</context>
<context>
    <name>DrawOperations</name>
    <message>
        <location filename="../../ui/operations/draw.py" line="34"/>
        <source>Committing the draw…</source>
        <translation>正在提交抽取承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/draw.py" line="45"/>
        <source>Drawing…</source>
        <translation>正在抽取…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/draw.py" line="53"/>
        <source>Voiding the draw…</source>
        <translation>正在作废抽取…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/draw.py" line="63"/>
        <source>Using an alternate…</source>
        <translation>正在使用替补…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/draw.py" line="73"/>
        <source>Writing the commitment sheet…</source>
        <translation>正在生成承诺单…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/draw.py" line="84"/>
        <source>Writing the draw record…</source>
        <translation>正在生成抽取记录…</translation>
    </message>
</context>
<context>
    <name>DrawRecords</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="42"/>
        <source>Folder for the commitment sheet</source>
        <translation>选择保存承诺单的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="52"/>
        <source>The commitment was published:
%1
Print the commitment sheet and let the witnesses sign it. Open it now?</source>
        <translation>抽取承诺已输出：
%1
请打印承诺单并由见证人签字。现在打开吗？</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="69"/>
        <source>Printed draw record</source>
        <translation>打印版抽取记录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="70"/>
        <source>The draw selected %1 enterprises. The printed record lists them up to the page limit set in the settings, with the SHA-256 of each full list; every row is always in draw-record.json and draw-listing.xlsx.

Print every row in the PDF as well? (thousands of pages; it takes minutes)</source>
        <translation>本次抽取共抽中 %1 户。打印版抽取记录列出名单至设置中的页数上限，并印有每份完整名单的 SHA-256；全部名单总在 draw-record.json 和 draw-listing.xlsx 中。

是否同时输出列出全部名单的打印版？（可能有数千页，需要几分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="83"/>
        <source>Folder for the draw record</source>
        <translation>选择保存抽取记录的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="85"/>
        <source>The draw record was written:
%1
Open the folder now?</source>
        <translation>抽取记录已生成：
%1
现在打开文件夹吗？</translation>
    </message>
</context>
<context>
    <name>DrawScreen</name>
    <message>
        <location filename="../../ui/screens/draw.py" line="114"/>
        <source>Start the draw…</source>
        <translation>开始抽取…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="115"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="116"/>
        <source>Use an alternate…</source>
        <translation>使用替补…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="117"/>
        <source>Save/print the record…</source>
        <translation>保存/打印记录…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="118"/>
        <source>Verify a record…</source>
        <translation>校验记录…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="133"/>
        <source>Draws of this plan</source>
        <translation>本计划的抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="169"/>
        <source>Random draw — %1</source>
        <translation>随机抽取 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="170"/>
        <source>Random draw — no plan chosen</source>
        <translation>随机抽取 — 尚未选择计划</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="198"/>
        <source>No draw yet. Start the draw: it is committed first, then the witnesses supply the digits.</source>
        <translation>尚未抽取。点击“开始抽取…”：先提交抽取承诺，再由见证人提供随机数字。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="206"/>
        <location filename="../../ui/wizards/draw_wizard.py" line="265"/>
        <source>Reading draw no. %1…</source>
        <translation>正在读取第 %1 号抽取…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="211"/>
        <location filename="../../ui/screens/draw.py" line="215"/>
        <location filename="../../ui/screens/draw.py" line="268"/>
        <location filename="../../ui/wizards/draw_wizard.py" line="266"/>
        <source>Reading the draw…</source>
        <translation>正在读取抽取结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="232"/>
        <source>Draw no. %1 drew %2 enterprise(s) to inspect (after merging the tasks).</source>
        <translation>第 %1 号抽取共抽中 %2 户检查对象（已合并各任务）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="221"/>
        <source>Draw no. %1 is committed and waits for the witnesses&apos; digits: continue with “Start the draw…”.</source>
        <translation>第 %1 号抽取已提交承诺，正在等待见证人的随机数字：请点击“开始抽取…”继续。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="224"/>
        <source>Draw no. %1 is void: %2</source>
        <translation>第 %1 号抽取已作废：%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="236"/>
        <source>Witnesses: %1</source>
        <translation>见证人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="251"/>
        <source>Void draw no. %1</source>
        <translation>作废第 %1 号抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="252"/>
        <source>A void draw stays on record and is listed on every later record. A new draw gets the next number and a new ceremony. Why is this draw void?</source>
        <translation>作废的抽取仍保留在案，并列入以后的每一份抽取记录。重新抽取将使用下一个编号并重新进行见证。请说明作废理由：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="283"/>
        <source>%1 is already inspected: its team stays.</source>
        <translation>%1 已是检查对象，沿用其检查组。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="285"/>
        <source>Its inspection team, chosen by the rule from pool %1: %2 (the first is the team leader).</source>
        <translation>按规则从人员池“%1”为其匹配的检查组：%2（第一人为组长）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="287"/>
        <source>nobody available</source>
        <translation>无可匹配人员</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="289"/>
        <source>The team is short: resolve it on the match screen with the leader&apos;s approval.</source>
        <translation>检查组人员不足：请报领导批准后在“检查人员匹配”界面补足。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="291"/>
        <source>The match record is now revision %1.</source>
        <translation>匹配记录已更新为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="292"/>
        <source>Alternate used</source>
        <translation>已使用替补</translation>
    </message>
    <message>
        <location filename="../../ui/screens/draw.py" line="279"/>
        <source>%1 is replaced in task %2 by alternate no. %3: %4.</source>
        <translation>任务 %2 中的 %1 已由第 %3 位替补 %4 递补。</translation>
    </message>
</context>
<context>
    <name>DrawWizard</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="394"/>
        <source>Random draw</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="401"/>
        <source>Confirm and draw</source>
        <translation>确认并抽取</translation>
    </message>
</context>
<context>
    <name>DrawnTabs</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="294"/>
        <location filename="../../ui/wizards/draw_wizard.py" line="304"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="295"/>
        <source>Inspections (merged)</source>
        <translation>检查对象（合并后）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="303"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="305"/>
        <source>Drawn by task and district</source>
        <translation>按任务和区市查看抽中名单</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="313"/>
        <source>Frames and quotas</source>
        <translation>抽取范围与应抽户数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="316"/>
        <source>Alternates</source>
        <translation>替补</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="350"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>MatchCommitmentPage</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="199"/>
        <source>The match commitment</source>
        <translation>匹配承诺</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="200"/>
        <source>The roster, the avoidance list and the team size are frozen. Save and print the commitment and show it to the witnesses before they roll.</source>
        <translation>检查人员名单、回避名单和每组人数均已冻结。请保存并打印承诺，在见证人掷骰之前向其出示。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="202"/>
        <source>Match commitment (SHA-256)</source>
        <translation>匹配承诺值（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="205"/>
        <source>Draw record SHA-256</source>
        <translation>抽取记录 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="205"/>
        <source>Roster digest</source>
        <translation>人员名单摘要</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="206"/>
        <source>Avoidance digest</source>
        <translation>回避名单摘要</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="202"/>
        <source>Save/print the commitment…</source>
        <translation>保存/打印承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="219"/>
        <source>Draw no. %1, %2 per team, match date %3, committed at %4.</source>
        <translation>第 %1 号抽取，每组 %2 人，匹配日期 %3，承诺时间 %4。</translation>
    </message>
</context>
<context>
    <name>MatchOperations</name>
    <message>
        <location filename="../../ui/operations/match.py" line="30"/>
        <source>Committing the match…</source>
        <translation>正在提交匹配承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/match.py" line="40"/>
        <source>Matching…</source>
        <translation>正在匹配…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/match.py" line="49"/>
        <source>Voiding the commitment…</source>
        <translation>正在作废匹配承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/match.py" line="59"/>
        <source>Replacing the inspector…</source>
        <translation>正在更换人员…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/match.py" line="70"/>
        <source>Replacing the inspector in all unstarted inspections…</source>
        <translation>正在其全部未开始的检查中更换该检查人员…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/match.py" line="81"/>
        <source>Recording the decision…</source>
        <translation>正在记录处理决定…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/match.py" line="90"/>
        <source>Writing the match commitment…</source>
        <translation>正在生成匹配承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/match.py" line="100"/>
        <source>Writing the match record…</source>
        <translation>正在生成匹配记录…</translation>
    </message>
</context>
<context>
    <name>MatchRecords</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="50"/>
        <source>Folder for the match commitment</source>
        <translation>选择保存匹配承诺的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="52"/>
        <source>The match commitment was written:
%1
Open the folder now?</source>
        <translation>匹配承诺已生成：
%1
现在打开文件夹吗？</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="59"/>
        <source>Folder for the match record</source>
        <translation>选择保存匹配记录的文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="61"/>
        <source>The match record was written:
%1
Open the folder now?</source>
        <translation>匹配记录已生成：
%1
现在打开文件夹吗？</translation>
    </message>
</context>
<context>
    <name>MatchResultPage</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="322"/>
        <source>The matched teams</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="323"/>
        <source>The match is done and logged. Resolve short inspections on the match screen; save and print the record.</source>
        <translation>匹配已完成并记入审计日志。人员不足的检查对象请在匹配页面处理；请保存并打印匹配记录。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="325"/>
        <source>Match seed (SHA-256)</source>
        <translation>匹配种子（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="325"/>
        <source>Save/print the record…</source>
        <translation>保存/打印记录…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="355"/>
        <source>%1 team(s) matched.</source>
        <translation>已匹配 %1 个检查组。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="357"/>
        <source>%1 inspection(s) are short of inspectors and need a recorded decision.</source>
        <translation>有 %1 户检查对象人员不足，需要经批准记录处理。</translation>
    </message>
</context>
<context>
    <name>MatchScreen</name>
    <message>
        <location filename="../../ui/screens/match.py" line="40"/>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="47"/>
        <source>Start matching…</source>
        <translation>开始匹配…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="48"/>
        <source>Void the commitment…</source>
        <translation>作废匹配承诺…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="49"/>
        <source>Replace an inspector…</source>
        <translation>更换人员…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="50"/>
        <source>Resolve a short inspection…</source>
        <translation>处理人员不足…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="51"/>
        <source>Save/print the record…</source>
        <translation>保存/打印记录…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="52"/>
        <source>Verify a record…</source>
        <translation>校验记录…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="99"/>
        <source>Match inspectors — %1</source>
        <translation>匹配人员 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="100"/>
        <source>Match inspectors — no plan chosen</source>
        <translation>匹配人员 — 尚未选择计划</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="106"/>
        <source>Draw no. %1</source>
        <translation>第 %1 号抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="120"/>
        <source>This plan has no completed draw yet: run the draw first (step 3).</source>
        <translation>本计划还没有已完成的抽取：请先完成随机抽取（第 3 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="124"/>
        <location filename="../../ui/wizards/match_wizard.py" line="335"/>
        <source>Reading the match of draw no. %1…</source>
        <translation>正在读取第 %1 号抽取的匹配结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="130"/>
        <location filename="../../ui/screens/match.py" line="134"/>
        <location filename="../../ui/wizards/match_wizard.py" line="337"/>
        <source>Reading the match…</source>
        <translation>正在读取匹配结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="149"/>
        <source>Every inspection of draw no. %1 is of a district the plan leaves to match in its own copy (%2): the city has nothing to match. Send each district its share file (step 6).</source>
        <translation>第 %1 号抽取的检查对象全部属于计划规定由区市自行匹配的区市（%2），市局没有需要匹配的检查对象。请在第 6 步向各区市发送共享文件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="154"/>
        <source>The inspectors of draw no. %1 are not matched yet. Start matching: the inputs are committed first, then the witnesses supply the digits.</source>
        <translation>第 %1 号抽取尚未匹配检查人员。点击“开始匹配…”：先提交匹配承诺，再由见证人提供随机数字。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="158"/>
        <source>The match of draw no. %1 is committed (commitment %2) and waits for the witnesses: continue with “Start matching…”. If the roster changed before the ceremony, void it with “Void the commitment…”.</source>
        <translation>第 %1 号抽取的匹配已提交承诺（承诺值 %2），正在等待见证人：请点击“开始匹配…”继续。如见证前人员名单有变，可点击“作废匹配承诺…”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="164"/>
        <source>Draw no. %1: %2 team(s) of %3, matched at %4.</source>
        <translation>第 %1 号抽取：%2 个检查组，每组 %3 人，匹配时间 %4。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="168"/>
        <source>No change since the match.</source>
        <translation>匹配后未作人员调整。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="169"/>
        <source>Changed %1 time(s) since the match (match record version %1).</source>
        <translation>匹配后已调整 %1 次（匹配记录第 %1 版）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="304"/>
        <source>%1 leaves %2 team(s); the rule chose:</source>
        <translation>%1 已从 %2 个检查组换下，按规则换上的人员如下：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="308"/>
        <source>Kept in the teams with a result entered:</source>
        <translation>以下已录入检查结果的检查组未更换：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="172"/>
        <source>Deadline for matching: %1.</source>
        <translation>匹配完成时限：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="174"/>
        <source>Witnesses: %1</source>
        <translation>见证人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="177"/>
        <source>%1 inspection(s) are short of inspectors: resolve them with a recorded decision.</source>
        <translation>有 %1 户检查对象人员不足：请经批准后记录处理。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="208"/>
        <source>Save version %1 of the record…</source>
        <translation>保存第 %1 版匹配记录…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="211"/>
        <source>The match record saved in %1 is the current version (%2).</source>
        <translation>保存在 %1 的匹配记录是当前版本（第 %2 版）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="214"/>
        <source>Out of date: the match record saved in %1 is version %2, but the teams have changed since (now version %3). That file and its printout no longer show the current teams: save version %3 and print it.</source>
        <translation>已过时：保存在 %1 的匹配记录是第 %2 版，此后检查组已有调整（现为第 %3 版）。该文件及其打印件已不是当前的检查组，请保存第 %3 版并重新打印。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="219"/>
        <source>The teams have changed since the match (match record version %1) and this version is not saved yet: a match record saved or printed before is out of date. Save version %1 and print it.</source>
        <translation>匹配后检查组已有调整（匹配记录第 %1 版），这一版尚未保存：此前保存或打印的匹配记录已过时。请保存第 %1 版并打印。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="223"/>
        <source>The match record has not been saved yet: save and print it for the file.</source>
        <translation>匹配记录尚未保存：请保存并打印存档。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="267"/>
        <source>Void the match commitment of draw no. %1</source>
        <translation>作废第 %1 号抽取的匹配承诺</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="268"/>
        <source>The commitment stays on record with your reason, in the audit log. A new commitment and a new ceremony follow. Only a match that has not run can be voided. Why is this commitment void?</source>
        <translation>作废的匹配承诺连同原因保留在操作日志中，之后须重新提交匹配承诺、重新进行见证匹配。只有尚未执行的匹配可以作废。请填写作废原因：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="297"/>
        <location filename="../../ui/screens/match.py" line="310"/>
        <source>Inspector replaced</source>
        <translation>已更换人员</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match.py" line="298"/>
        <source>%1 leaves the team of %2. The rule chose %3.</source>
        <translation>%1 已从 %2 的检查组换下。按规则换上：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="42"/>
        <source>The city&apos;s match covers %1; left to their own copies: %2.</source>
        <translation>市局匹配的区市：%1；由区市自行匹配：%2。</translation>
    </message>
</context>
<context>
    <name>MatchTabs</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="244"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="249"/>
        <source>Teams</source>
        <translation>检查组</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="256"/>
        <source>Loads</source>
        <translation>任务量</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="259"/>
        <location filename="../../ui/wizards/match_wizard.py" line="292"/>
        <source>Short inspections</source>
        <translation>人员不足</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="262"/>
        <source>Replacements</source>
        <translation>人员调整</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="265"/>
        <source>Pools</source>
        <translation>人员池</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="284"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="291"/>
        <source>Short inspections (%1 open)</source>
        <translation>人员不足（%1 户待处理）</translation>
    </message>
</context>
<context>
    <name>MatchWizard</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="364"/>
        <source>Match inspectors</source>
        <translation>匹配人员</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="373"/>
        <source>Confirm and match</source>
        <translation>确认并匹配</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="376"/>
        <source>Use the witnesses of this draw</source>
        <translation>沿用本次抽取的见证人</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="377"/>
        <source>Fills in the names, units and roles of the draw&apos;s witnesses. The digits must be rolled anew.</source>
        <translation>填入本次抽取见证人的姓名、单位和身份；数字须重新掷骰取得，不沿用。</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="42"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="95"/>
        <source>Choose the plan</source>
        <translation>选择抽查计划</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="96"/>
        <source>The draw takes the plan&apos;s tasks as they are now; committing freezes the plan.</source>
        <translation>抽取按计划当前的任务进行；提交承诺后计划即被冻结。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="98"/>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="128"/>
        <source>No plan exists yet. Create one in step 2 first.</source>
        <translation>还没有抽查计划。请先在第 2 步创建。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="134"/>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="135"/>
        <source>Period: %1 to %2, checks and entry done by %3</source>
        <translation>期间：%1 至 %2，检查及录入于 %3 前完成</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="140"/>
        <source>by district</source>
        <translation>按区市分层</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="140"/>
        <source>city-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="145"/>
        <source>This plan was drawn already (draw no. %1). A draw is never repeated: to draw again, void that draw with a reason on the draw screen first.</source>
        <translation>本计划已完成抽取（第 %1 号）。抽取不能重复进行：如需重新抽取，须先在抽取页面说明理由将其作废。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="150"/>
        <source>Draw no. %1 of this plan is committed and waits for its witnesses. The ceremony continues with it.</source>
        <translation>本计划的第 %1 号抽取已提交承诺，正在等待见证人。将继续进行该次抽取。</translation>
    </message>
</context>
<context>
    <name>PoolsPage</name>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="141"/>
        <source>Review the pools</source>
        <translation>核对人员池</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="142"/>
        <source>Who may be matched in each pool, who is left out and why, and the load cap. No team exists before the witnesses&apos; digits.</source>
        <translation>各人员池中可匹配的人员、被排除的人员及原因、每人任务上限。在见证人提供随机数字之前不存在任何分组。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="144"/>
        <source>Commit the match</source>
        <translation>提交匹配承诺</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="153"/>
        <source>Inspectors left out</source>
        <translation>被排除的检查人员</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="161"/>
        <source>Reading the inspector register…</source>
        <translation>正在读取执法检查人员名录…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="171"/>
        <source>%1 inspection(s), %2 eligible inspector(s), %3 left out, %4 avoidance pair(s); %5 per team; match date %6.</source>
        <translation>检查对象 %1 户，可匹配人员 %2 名，排除 %3 名，回避关系 %4 对；每组 %5 人；匹配日期 %6。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="178"/>
        <source>Matching must be finished by %1 (five working days).</source>
        <translation>须在 %1 前完成匹配（五个工作日）。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="183"/>
        <source>%1 third-party institution(s) can be drawn.</source>
        <translation>可抽取的第三方专业机构 %1 家。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/match_wizard.py" line="186"/>
        <source>Left to the districts&apos; own copies by the plan: %1 (%2 inspection(s) not in this match).</source>
        <translation>按计划由区市自行匹配：%1（%2 个检查对象不在本次匹配中）。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="170"/>
        <source>Review the tasks, frames and quotas</source>
        <translation>核对任务、抽取范围和应抽户数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="171"/>
        <source>Nothing is selected yet: no one can know the result before the witnesses&apos; digits. Committing fixes the frames and prints their hash.</source>
        <translation>此时尚未抽取任何对象：在见证人提供随机数字之前，任何人都无法知道结果。提交承诺将固定抽取范围并打印其摘要值。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="173"/>
        <source>Commit the draw</source>
        <translation>提交抽取承诺</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="180"/>
        <source>Building the frames…</source>
        <translation>正在生成抽取范围…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="193"/>
        <source>%1 task(s), %2 enterprise(s) in the frames, %3 to draw.</source>
        <translation>共 %1 个任务，抽取范围 %2 户，应抽 %3 户。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="198"/>
        <source>Left out by the filters: %1</source>
        <translation>被筛选条件排除：%1</translation>
    </message>
</context>
<context>
    <name>ReadBackPage</name>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="237"/>
        <source>Read the digits back</source>
        <translation>宣读核对</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="238"/>
        <source>Read every witness&apos;s digits aloud. Correct them with Back before confirming; after confirmation they can no longer be changed.</source>
        <translation>请逐一宣读每位见证人的数字。确认前可点击“上一步”更正；确认后不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="244"/>
        <source>Witnesses, please check:</source>
        <translation>请见证人核对：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="256"/>
        <source>%1. %2, %3, %4</source>
        <translation>%1. %2，%3，%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizards/witness_page.py" line="266"/>
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n 位数字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="65"/>
        <source>Replace an inspector</source>
        <translation>更换检查人员</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="66"/>
        <source>%1 %2: who leaves the team, why, and which leader approved it. The replacement is chosen by the published rule (smallest load, then pair ticket); it cannot be picked by hand.</source>
        <translation>%1 %2：请填写换下的人员、原因和批准的领导。接替人员由公开的规则选定（任务量最少者优先，其次按配对票号），不能人工指定。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="73"/>
        <source> (leader)</source>
        <translation>（组长）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="75"/>
        <source>Inspector to replace</source>
        <translation>换下的人员</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="76"/>
        <source>Replace this inspector in all their unstarted inspections</source>
        <translation>在其全部未开始的检查中更换此人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="93"/>
        <source>This inspector is in %1 team(s) whose inspection has not started (no result entered); the rule chooses the replacement in each, recorded as one change.</source>
        <translation>此人在 %1 个未开始（尚未录入检查结果）的检查组中；每组都按规则选出替换人员，作为一次调整记录。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="97"/>
        <source>%1 team(s) with a result entered keep this inspector.</source>
        <translation>已录入检查结果的 %1 个检查组不更换此人。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="250"/>
        <source>The drawn enterprises</source>
        <translation>抽取结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="251"/>
        <source>The draw is done and logged. Save and print the record; the witnesses sign it.</source>
        <translation>抽取已完成并记入审计日志。请保存并打印抽取记录，由见证人签字。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="252"/>
        <source>Seed (SHA-256)</source>
        <translation>随机种子（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="252"/>
        <source>Save/print the record…</source>
        <translation>保存/打印记录…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draw_wizard.py" line="278"/>
        <source>Draw no. %1: %2 enterprise(s) to inspect after merging the tasks.</source>
        <translation>第 %1 号抽取：合并各任务后共 %2 户检查对象。</translation>
    </message>
</context>
<context>
    <name>ShortDialog</name>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="111"/>
        <source>Resolve a short inspection</source>
        <translation>处理人员不足</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="112"/>
        <source>%1 %2 has %3 of %4 inspectors: its pool has no one else without a conflict. Name an inspector from another pool, the approving leader and the reason; the decision is recorded.</source>
        <translation>%1 %2 的检查组只有 %3 人（需要 %4 人）：本人员池已无其他无回避情形的人员。请指定其他人员池的检查人员，并填写批准的领导和原因；该决定将被记录。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="118"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../ui/screens/match_dialogs.py" line="122"/>
        <source>Inspector</source>
        <translation>检查人员</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="60"/>
        <source>Verify a record</source>
        <translation>校验记录</translation>
    </message>
    <message>
        <source>Re-compute a draw record or a match record from its own contents. Given the exported frame files (draw) or the roster and avoidance files (match), their digests are checked too. The checks use nothing in the database and change nothing; for a match record the dialog then says whether this database holds a later version.</source>
        <translation type="vanished">根据抽取记录或匹配记录自身的内容重新计算并核对。如提供导出的抽取范围文件（抽取）或人员名单、回避名单文件（匹配），还将核对其摘要值。校验不使用也不改动数据库；对匹配记录，校验后还会说明本数据库中是否有更新的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="62"/>
        <source>Re-compute a draw record or a match record from its own contents, by the published rules. Pick one of this database&apos;s records below, or choose a record file received from elsewhere. Nothing in the database is changed; for a match record the dialog then says whether this database holds a later version.</source>
        <translation>按公布的规则，用记录本身的内容重新计算抽取记录或匹配记录。可在下面选择本数据库的记录，或选择从别处收到的记录文件。不会改动数据库中的任何内容；对匹配记录，还会说明本数据库中是否有更新的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="68"/>
        <source>Records of this database:</source>
        <translation>本数据库中的记录：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="75"/>
        <source>Or a record file received from elsewhere:</source>
        <translation>或者，从别处收到的记录文件：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="78"/>
        <source>Records (*.json)</source>
        <translation>记录文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="79"/>
        <source>Open a record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="81"/>
        <source>Folder of the frame files</source>
        <translation>抽取范围文件所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="83"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="84"/>
        <source>Roster file</source>
        <translation>人员名单文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="86"/>
        <source>Avoidance file</source>
        <translation>回避名单文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="88"/>
        <source>The draw record</source>
        <translation>抽取记录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="90"/>
        <source>Record (draw-record.json or match-record.json)</source>
        <translation>记录（draw-record.json 或 match-record.json）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="91"/>
        <source>Frame files folder (draw, optional)</source>
        <translation>抽取范围文件夹（抽取，可选）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="92"/>
        <source>Roster file (match, optional)</source>
        <translation>人员名单文件（匹配，可选）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="93"/>
        <source>Avoidance file (match, optional)</source>
        <translation>回避名单文件（匹配，可选）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="94"/>
        <source>Draw record (match, optional)</source>
        <translation>抽取记录（匹配，可选）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="97"/>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="131"/>
        <source>Draw %1: draw record</source>
        <translation>第 %1 号抽取的抽取记录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="133"/>
        <source>Draw %1: match record</source>
        <translation>第 %1 号抽取的匹配记录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="136"/>
        <source>Plan: %1</source>
        <translation>抽查计划：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="142"/>
        <source>This database has no completed draw or match yet.</source>
        <translation>本数据库还没有完成的抽取或匹配，可选择收到的记录文件。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="183"/>
        <source>Verifying the record…</source>
        <translation>正在校验记录…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="193"/>
        <source>Match record</source>
        <translation>匹配记录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="193"/>
        <source>Draw record</source>
        <translation>抽取记录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="195"/>
        <source>%1: %2 of %3 checks FAILED.</source>
        <translation>%1：%3 项校验中有 %2 项未通过。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="199"/>
        <source>%1: all %2 checks passed.</source>
        <translation>%1：全部 %2 项校验通过。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="208"/>
        <source>This file is version %1 of the match record.</source>
        <translation>此文件是匹配记录第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="210"/>
        <source>This database holds no such match of this draw (a record from elsewhere, or of a voided match): it cannot say whether a later version exists.</source>
        <translation>本数据库中没有该抽取的这次匹配（来自其他单位的记录，或已作废的匹配），无法判断是否有更新的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="215"/>
        <source>This database holds a later version (%1): the file is OUT OF DATE and no longer shows the current teams. Save the current record from the match screen.</source>
        <translation>本数据库中已有更新的版本（第 %1 版）：此文件已过时，不是当前的检查组。请在“匹配人员”页面保存当前的匹配记录。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="220"/>
        <source>It is the current version in this database.</source>
        <translation>是本数据库中的当前版本。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/verify_dialog.py" line="223"/>
        <source>It differs from the record of this database (version %1).</source>
        <translation>与本数据库中的匹配记录（第 %1 版）不一致。</translation>
    </message>
</context>
<context>
    <name>WitnessBox</name>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="64"/>
        <source>Witness %1</source>
        <translation>见证人 %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="70"/>
        <source>e.g. supervisor, enterprise representative, staff</source>
        <translation>如：监督人、企业代表、工作人员</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="74"/>
        <source>the digits rolled with the ten-sided dice</source>
        <translation>掷十面骰得到的数字</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="77"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="78"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="79"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="80"/>
        <source>Digits</source>
        <translation>数字</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizards/witness_page.py" line="90"/>
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n 位数字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WitnessEntryPage</name>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="117"/>
        <source>Witnesses and their dice digits</source>
        <translation>见证人及其随机数字</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="118"/>
        <source>Enter every witness in the order they will sign, and the digits each rolled publicly with ten-sided dice. The digits are shown large so the witnesses can follow.</source>
        <translation>请按签字顺序录入每位见证人，以及各自当众掷十面骰得到的数字。数字以大字显示，便于见证人核对。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="131"/>
        <source>Add a witness</source>
        <translation>增加见证人</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="132"/>
        <source>Remove the last witness</source>
        <translation>删除最后一位见证人</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) in total from the witnesses below.</source>
        <translation type="vanished">
            <numerusform>以下见证人共提供 %n 位数字。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="172"/>
        <source>Digits so far: %1 of at least %2 — %3 more needed before “Next”.</source>
        <translation>已输入 %1 位数字，至少需要 %2 位：还差 %3 位，才能点“下一步”。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/witness_page.py" line="175"/>
        <source>Digits so far: %1 (at least %2): enough.</source>
        <translation>已输入 %1 位数字（至少需要 %2 位）：已够。</translation>
    </message>
</context>
</TS>
