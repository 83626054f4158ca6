<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="34"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="35"/>
        <source>Every returned row is checked as it would be imported. Nothing is saved yet.</source>
        <translation>交回文件的每一行都按导入时的规则检查，此时尚未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="43"/>
        <location filename="../../ui/wizards/results_check_page.py" line="54"/>
        <location filename="../../ui/wizards/results_check_page.py" line="60"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="44"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="45"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="46"/>
        <source>Changed</source>
        <translation>有改动</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="47"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="48"/>
        <source>Not filled in</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="49"/>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="50"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="54"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="55"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="55"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="56"/>
        <location filename="../../ui/wizards/results_check_page.py" line="60"/>
        <source>Object</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="56"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="61"/>
        <source>Changed fields</source>
        <translation>改动的栏目</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="65"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="65"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="66"/>
        <source>Results that differ from what was imported before</source>
        <translation>与此前导入结果不同的检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="73"/>
        <source>Match a refused file to a package by hand…</source>
        <translation>手工指定被拒绝文件对应的工作包…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="83"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="107"/>
        <source>%1 file(s) checked: %2 can be imported, %3 refused; %4 problem(s) found.</source>
        <translation>已检查 %1 个文件：%2 个可以导入，%3 个被拒绝；发现 %4 处问题。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="110"/>
        <source>Also import the %1 changed result(s) (the earlier results are kept as history)</source>
        <translation>同时导入有改动的 %1 户结果（原结果保留为历史版本）</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <location filename="../../ui/wizards/results_import.py" line="36"/>
        <source>Returned files</source>
        <translation>交回的文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_import.py" line="37"/>
        <source>Choose the work packages the districts returned (one or several .xlsx files). Each file is recognised by its hidden package identity and checked row by row before anything is saved.</source>
        <translation>选择各区市交回的工作包（一个或多个 .xlsx 文件）。程序根据隐藏的包标识认出每个文件，逐行检查后才保存。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_import.py" line="44"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_import.py" line="44"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_import.py" line="55"/>
        <source>Returned work packages</source>
        <translation>交回的工作包</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_import.py" line="56"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
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
    <name>MapDialog</name>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="155"/>
        <source>Match a file to a package</source>
        <translation>手工指定工作包</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="156"/>
        <source>%1 has no readable package identity. If you are sure which issued package it is, choose it and give the reason; the rows are then checked against that package by their credit codes, and your choice is recorded in the audit log.</source>
        <translation>“%1”没有可读的包标识。如果确知它是哪一个下发的工作包，请选择该工作包并写明理由；程序将按统一社会信用代码逐行核对，您的选择和理由记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="165"/>
        <source>Draw %1, %2, issue %3 (%4)</source>
        <translation>第 %1 号抽取，%2，第 %3 次下发（%4）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="175"/>
        <source>Package</source>
        <translation>工作包</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_check_page.py" line="176"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>PackagesStep</name>
    <message>
        <location filename="../../ui/screens/packages.py" line="35"/>
        <source>Work packages</source>
        <translation>工作包</translation>
    </message>
    <message>
        <location filename="../../ui/screens/packages.py" line="36"/>
        <source>Result entry and review</source>
        <translation>结果录入与审核</translation>
    </message>
    <message>
        <location filename="../../ui/screens/packages.py" line="37"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../ui/screens/packages.py" line="38"/>
        <source>Return to the city</source>
        <translation>交回市局</translation>
    </message>
    <message>
        <location filename="../../ui/screens/packages.py" line="39"/>
        <source>Two-level campaign</source>
        <translation>两级抽查</translation>
    </message>
    <message>
        <location filename="../../ui/screens/packages.py" line="49"/>
        <source>Send out and collect — %1</source>
        <translation>下发与回收 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/packages.py" line="50"/>
        <source>Send out and collect</source>
        <translation>下发与回收</translation>
    </message>
</context>
<context>
    <name>PackagesTab</name>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="41"/>
        <source>Draw</source>
        <translation>抽取批次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="47"/>
        <location filename="../../ui/screens/package_issue.py" line="69"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="51"/>
        <source>Also write the notices and result forms beside each package</source>
        <translation>同时生成告知书和检查结果记录表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="54"/>
        <source>Write work packages…</source>
        <translation>生成工作包…</translation>
    </message>
    <message>
        <source>Write district share files…</source>
        <translation type="vanished">生成区市共享文件…</translation>
    </message>
    <message>
        <source>One zip per district for its own copy of the program: the public draw record, the commitment, the district&apos;s inspections, the plan&apos;s dates and its work package.</source>
        <translation type="vanished">为使用本程序的每个区市各生成一个 zip 文件：公开的抽取记录、承诺值、本区市的检查对象、计划的日期和期限以及本区市的工作包。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="62"/>
        <source>Issued packages and returned files</source>
        <translation>已下发的工作包和交回的文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="64"/>
        <source>Import returned results…</source>
        <translation>导入交回的结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="70"/>
        <source>Issue</source>
        <translation>下发次数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="71"/>
        <source>Issued at</source>
        <translation>下发时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="72"/>
        <source>Issued by</source>
        <translation>下发人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="73"/>
        <source>Inspections</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="74"/>
        <source>Imports</source>
        <translation>导入次数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="75"/>
        <source>Last import</source>
        <translation>最近导入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="76"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="77"/>
        <source>Package id</source>
        <translation>包编号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="98"/>
        <source>Draw no. %1</source>
        <translation>第 %1 号抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="105"/>
        <source>All districts</source>
        <translation>全部区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="127"/>
        <source>%1 package(s) issued for draw no. %2.</source>
        <translation>第 %2 号抽取已下发 %1 个工作包。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="129"/>
        <source>Match the inspectors of a draw first (step %1).</source>
        <translation>请先为抽取匹配检查人员（第 %1 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="134"/>
        <source>Folder for the work packages</source>
        <translation>工作包保存到</translation>
    </message>
    <message>
        <location filename="../../ui/screens/package_issue.py" line="140"/>
        <source>%1 work package(s) written to %2:
%3</source>
        <translation>已生成 %1 个工作包，保存在 %2：
%3</translation>
    </message>
    <message>
        <source>Folder for the share files</source>
        <translation type="vanished">选择共享文件的保存文件夹</translation>
    </message>
    <message>
        <source>%1 share file(s) written to %2:
%3</source>
        <translation type="vanished">已在 %2 生成 %1 个共享文件：
%3</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../ui/screens/progress_chart.py" line="42"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress_chart.py" line="42"/>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress_chart.py" line="43"/>
        <source>Inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress_chart.py" line="43"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress_chart.py" line="50"/>
        <source>Overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../ui/screens/progress.py" line="36"/>
        <source>Print the chart…</source>
        <translation>打印图表…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="37"/>
        <source>Save the chart as an image…</source>
        <translation>图表另存为图片…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="45"/>
        <source>Issued</source>
        <translation>已下发</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="45"/>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="45"/>
        <source>Notified</source>
        <translation>已告知</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="46"/>
        <source>Inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="46"/>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="46"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="47"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="48"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="49"/>
        <source>Task</source>
        <translation>抽查任务</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="50"/>
        <source>Inspections</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="59"/>
        <source>Results reviewed per district</source>
        <translation>各区市结果审核进度</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="89"/>
        <source>Reading the progress…</source>
        <translation>正在读取进度…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="98"/>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="106"/>
        <source>Tasks: %1</source>
        <translation>抽查任务：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="115"/>
        <source>Choose a plan with a completed draw to see its progress.</source>
        <translation>请选择已完成抽取的计划查看进度。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="116"/>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="116"/>
        <source>list obtained</source>
        <translation>获取名单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="117"/>
        <source>inspectors matched</source>
        <translation>完成人员匹配</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="117"/>
        <source>checks and entry done</source>
        <translation>完成检查和录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="118"/>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="121"/>
        <source>Today %1. Deadlines: %2</source>
        <translation>今天是 %1。期限：%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="131"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/progress.py" line="131"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
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
        <location filename="../../ui/screens/results_entry.py" line="104"/>
        <source> (revision %1)</source>
        <translation>（第 %1 版）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="107"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="108"/>
        <source>Check period</source>
        <translation>抽查期间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="119"/>
        <source>Check items</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="138"/>
        <source>Once per enterprise</source>
        <translation>每户填写一次</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="169"/>
        <source>Only for an inspection with a publicity-information item.</source>
        <translation>仅有公示信息检查事项的检查对象填写。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="218"/>
        <source>Nothing is entered yet.</source>
        <translation>尚未填写任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="220"/>
        <source>%1 field(s) to fill in or correct before saving.</source>
        <translation>保存前还有 %1 处需要填写或更正。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="227"/>
        <source>A reviewed result must be returned before it can be changed.</source>
        <translation>已审核的结果须先退回才能修改。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="228"/>
        <source>Reviewed by %1.</source>
        <translation>审核人：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="230"/>
        <source>Returned by %1: %2</source>
        <translation>已由 %1 退回，原因：%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_entry.py" line="239"/>
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
    <name>ResultsImportWizard</name>
    <message>
        <location filename="../../ui/wizards/results_import.py" line="90"/>
        <source>Import returned results</source>
        <translation>导入交回的结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_import.py" line="90"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/results_import.py" line="125"/>
        <source>Checking the returned files…</source>
        <translation>正在检查交回的文件…</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <location filename="../../ui/screens/results.py" line="45"/>
        <location filename="../../ui/screens/results.py" line="171"/>
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
        <location filename="../../ui/screens/results.py" line="101"/>
        <source>Draw no. %1</source>
        <translation>第 %1 号抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="109"/>
        <source>No draw of this plan has matched inspectors yet: match them first (step 4).</source>
        <translation>本计划还没有已匹配检查人员的抽取：请先匹配检查人员（第 4 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="113"/>
        <source>Reading the results…</source>
        <translation>正在读取检查结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="138"/>
        <source>All districts</source>
        <translation>全部区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="169"/>
        <source>View the result…</source>
        <translation>查看结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="179"/>
        <source>Reading the result…</source>
        <translation>正在读取检查结果…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="185"/>
        <source>The result of %1 was saved.</source>
        <translation>%1 的检查结果已保存（已录入）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="195"/>
        <source>Approve the results of %2 inspection(s) in %1?</source>
        <translation>审核通过%1 %2 户的检查结果？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="197"/>
        <source>Approve the results of the %2 selected inspection(s)?</source>
        <translation>审核通过选中的 %2 户的检查结果？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="198"/>
        <source>Reviewed by: %1</source>
        <translation>审核人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="199"/>
        <source>Approve results</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="203"/>
        <source>%1 result(s) approved by %2.</source>
        <translation>%1 户的检查结果已审核通过（审核人：%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results.py" line="217"/>
        <source>The result of %1 was returned.</source>
        <translation>%1 的检查结果已退回。</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../../ui/screens/results_table.py" line="30"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="31"/>
        <source>Enterprise</source>
        <translation>检查对象名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="32"/>
        <source>District</source>
        <translation>所属区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="33"/>
        <source>Tasks</source>
        <translation>抽查任务</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="34"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="35"/>
        <source>Check date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="36"/>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="37"/>
        <source>Reason returned</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="78"/>
        <source>all districts</source>
        <translation>全部区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/results_table.py" line="79"/>
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
    <name>ReturnOperations</name>
    <message>
        <location filename="../../ui/operations/returns.py" line="29"/>
        <source>Writing work packages…</source>
        <translation>正在生成工作包…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/returns.py" line="39"/>
        <source>Importing results…</source>
        <translation>正在导入结果…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/returns.py" line="57"/>
        <source>Cancelled: the share files already written are kept and logged.</source>
        <translation>已取消：已生成的共享文件保留并已记入日志。</translation>
    </message>
    <message>
        <location filename="../../ui/operations/returns.py" line="59"/>
        <source>Writing the share file of %1…</source>
        <translation>正在生成%1的共享文件…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/returns.py" line="64"/>
        <source>Writing share files…</source>
        <translation>正在生成共享文件…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/returns.py" line="80"/>
        <source>Importing a district&apos;s return…</source>
        <translation>正在导入区市交回文件……</translation>
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
<context>
    <name>TwoLevelTab</name>
    <message>
        <location filename="../../ui/screens/two_level.py" line="34"/>
        <source>Two-level campaign: after the draw, send each district bureau that matches in its own copy of the program its share file; import the return file it sends back. The return&apos;s match is re-computed before anything is recorded.</source>
        <translation>两级抽查：抽取完成后，向用自己的程序副本匹配的各区市局发出共享文件；区市交回文件后在此导入。导入前先按规则重新计算区市的匹配，一致才记录。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="40"/>
        <source>Draw</source>
        <translation>抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="46"/>
        <location filename="../../ui/screens/two_level.py" line="61"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="50"/>
        <source>Write share files…</source>
        <translation>生成共享文件…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="54"/>
        <source>Import a district&apos;s return…</source>
        <translation>导入区市交回文件…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="62"/>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="63"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="64"/>
        <source>Inspections</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="65"/>
        <source>Share sent</source>
        <translation>共享文件下发</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="66"/>
        <source>Match due</source>
        <translation>匹配期限</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="68"/>
        <source>Match committed</source>
        <translation>匹配承诺时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="69"/>
        <source> (late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="70"/>
        <source>Returns</source>
        <translation>交回次数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="71"/>
        <source>Last return imported</source>
        <translation>最近交回</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="73"/>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="74"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="75"/>
        <source>District audit head</source>
        <translation>日志链头</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="104"/>
        <source>Draw no. %1</source>
        <translation>第 %1 号抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="109"/>
        <source>All districts</source>
        <translation>全部区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="124"/>
        <source>Complete a draw first: share files are written from a completed draw.</source>
        <translation>请先完成抽取：共享文件由已完成的抽取生成。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="127"/>
        <source>Reading the districts&apos; progress…</source>
        <translation>正在读取各区市进度……</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="137"/>
        <source>No district has returned yet. A district&apos;s row turns red when its match is later than 5 working days after its share was sent.</source>
        <translation>尚无区市交回。区市在共享文件下发后 5 个工作日内未完成匹配的，该行标红。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="141"/>
        <source>Folder for the share files</source>
        <translation>选择共享文件的保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="149"/>
        <source>%1 share file(s) written to %2:
%3</source>
        <translation>已在 %2 生成 %1 个共享文件：
%3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="156"/>
        <source>A district&apos;s return file</source>
        <translation>区市交回文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="156"/>
        <source>Return files (*.zip)</source>
        <translation>交回文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="163"/>
        <source>%1: the match re-computes; %2 team(s) and %3 result(s) recorded.</source>
        <translation>%1：匹配重新计算一致；已记录检查组 %2 个、检查结果 %3 条。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="165"/>
        <source>District audit log: %1 entries, head %2</source>
        <translation>区市审计日志：%1 条，链头 %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="168"/>
        <source>This return supersedes the district&apos;s earlier one; its results are new revisions, the earlier ones are kept.</source>
        <translation>本次交回取代该区市此前的交回；其结果记为新版本，原版本保留。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="171"/>
        <source>The district voided a match commitment before its ceremony (%1): %2</source>
        <translation>区市曾在匹配执行前作废一次匹配承诺（%1），原因：%2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="174"/>
        <source>This return comes from another district database than the earlier one (%1): ask the district why.</source>
        <translation>本次交回来自另一个区市数据库（上一次为 %1），请向区市核实原因。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/two_level.py" line="176"/>
        <source>Return imported</source>
        <translation>已导入交回文件</translation>
    </message>
</context>
</TS>
