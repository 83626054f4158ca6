<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="156"/>
        <source>History of %1</source>
        <translation>%1 的结果历史</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="160"/>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="161"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="162"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="163"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="164"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="165"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="166"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="167"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="190"/>
        <source>No result has been recorded yet.</source>
        <translation>尚未记录检查结果。</translation>
    </message>
</context>
<context>
    <name>PackagesStep</name>
    <message>
        <location filename="../../ui/screens/packages.py" line="26"/>
        <source>Result entry and review</source>
        <translation>结果录入与审核</translation>
    </message>
    <message>
        <location filename="../../ui/screens/packages.py" line="54"/>
        <source>Send out and collect — %1</source>
        <translation>下发与回收 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/packages.py" line="55"/>
        <source>Send out and collect</source>
        <translation>下发与回收</translation>
    </message>
</context>
<context>
    <name>ResultEntryDialog</name>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="63"/>
        <source>Result of %1</source>
        <translation>检查结果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="102"/>
        <source> (revision %1)</source>
        <translation>（第 %1 版）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="105"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="106"/>
        <source>Check period</source>
        <translation>抽查期间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="117"/>
        <source>Check items</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="136"/>
        <source>Once per enterprise</source>
        <translation>每户填写一次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="167"/>
        <source>Only for an inspection with a publicity-information item.</source>
        <translation>仅有公示信息检查事项的检查对象填写。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="216"/>
        <source>Nothing is entered yet.</source>
        <translation>尚未填写任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="218"/>
        <source>%1 field(s) to fill in or correct before saving.</source>
        <translation>保存前还有 %1 处需要填写或更正。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="225"/>
        <source>A reviewed result must be returned before it can be changed.</source>
        <translation>已审核的结果须先退回才能修改。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="226"/>
        <source>Reviewed by %1.</source>
        <translation>审核人：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="228"/>
        <source>Returned by %1: %2</source>
        <translation>已由 %1 退回，原因：%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="237"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ResultHistory</name>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="106"/>
        <source>Entered on screen</source>
        <translation>界面录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="107"/>
        <source>Imported from a file</source>
        <translation>文件导入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="108"/>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="109"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
</context>
<context>
    <name>ResultOperations</name>
    <message>
        <location filename="../../ui/operations/results.py" line="26"/>
        <source>Saving the result…</source>
        <translation>正在保存检查结果…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/results.py" line="36"/>
        <source>Approving the results…</source>
        <translation>正在审核检查结果…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/results.py" line="46"/>
        <source>Returning the result…</source>
        <translation>正在退回检查结果…</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../ui/screens/results.py" line="45"/>
        <location filename="../../ui/screens/results.py" line="176"/>
        <source>Enter or correct the result…</source>
        <translation>录入/修改结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="46"/>
        <source>Approve…</source>
        <translation>审核通过…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="47"/>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="48"/>
        <source>History…</source>
        <translation>查看历史…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="72"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="75"/>
        <source>Draw</source>
        <translation>抽取批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="75"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="76"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="104"/>
        <source>Draw no. %1</source>
        <translation>第 %1 号抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="114"/>
        <source>No draw of this plan has matched inspectors yet: match them first (step 4).</source>
        <translation>本计划还没有已匹配检查人员的抽取：请先匹配检查人员（第 4 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="118"/>
        <source>Reading the results…</source>
        <translation>正在读取检查结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="143"/>
        <source>All districts</source>
        <translation>全部区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="174"/>
        <source>View the result…</source>
        <translation>查看结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="184"/>
        <source>Reading the result…</source>
        <translation>正在读取检查结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="190"/>
        <source>The result of %1 was saved.</source>
        <translation>%1 的检查结果已保存（已录入）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="200"/>
        <source>Approve the results of %2 inspection(s) in %1?</source>
        <translation>审核通过%1 %2 户的检查结果？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="202"/>
        <source>Approve the results of the %2 selected inspection(s)?</source>
        <translation>审核通过选中的 %2 户的检查结果？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="203"/>
        <source>Reviewed by: %1</source>
        <translation>审核人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="204"/>
        <source>Approve results</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="208"/>
        <source>%1 result(s) approved by %2.</source>
        <translation>%1 户的检查结果已审核通过（审核人：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="222"/>
        <source>The result of %1 was returned.</source>
        <translation>%1 的检查结果已退回。</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../ui/screens/results_table.py" line="29"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="30"/>
        <source>Enterprise</source>
        <translation>检查对象名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="31"/>
        <source>District</source>
        <translation>所属区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="32"/>
        <source>Tasks</source>
        <translation>抽查任务</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="34"/>
        <source>Check date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="35"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="36"/>
        <source>Reason returned</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="63"/>
        <source>all districts</source>
        <translation>全部区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="64"/>
        <source>%1: %2 (%3 inspections)</source>
        <translation>%1：%2（共 %3 户）</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="79"/>
        <source>Return a result</source>
        <translation>退回检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="80"/>
        <source>%1 %2 goes back for correction. Say who returns it and why; the reason is shown in the table and kept in the history.</source>
        <translation>%1 %2 的检查结果将退回更正（已退回）。请填写退回人和退回原因；原因显示在列表中并保存在历史记录里。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="87"/>
        <source>name of the reviewer</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="91"/>
        <source>Returned by</source>
        <translation>退回人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="92"/>
        <source>Reason</source>
        <translation>退回原因</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="37"/>
        <source>Approve results</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="38"/>
        <source>Only entered results are approved. An approved result can be changed only after it has been returned.</source>
        <translation>只审核已录入的结果。已审核的结果须先退回才能修改。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="41"/>
        <source>The selected inspections: %1 entered result(s)</source>
        <translation>选中的检查对象：%1 户已录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="43"/>
        <source>Every entered result of %1: %2</source>
        <translation>%1 全部已录入的结果：%2 户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="55"/>
        <source>name of the reviewer</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_dialogs.py" line="57"/>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
</context>
</TS>
