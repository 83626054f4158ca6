<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchiveTab</name>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="29"/>
        <source>Summary report</source>
        <translation>汇总报告</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="32"/>
        <source>The report for the bureau&apos;s leadership, in the documents&apos; official layout: the plan, what was drawn (frames, quotas, witnesses, commitment and seed), completion by district against the deadlines, results by category with a chart, problems and measures, the districts&apos; reported difficulties, voids, alternates and replacements, and the audit log head.</source>
        <translation>报送局领导的抽查工作汇总报告，采用公文版式：抽查计划，抽取情况（名录、数量、见证人、承诺值和种子），各区市对照期限的完成情况，检查结果分类及图表，发现的问题和处置措施，各区市报送的问题，作废、替补和人员更换，以及审计日志链头。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="36"/>
        <source>Write the summary report…</source>
        <translation>生成汇总报告…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="42"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="45"/>
        <source>One zip file with everything needed to re-check the campaign years later without this program&apos;s database: commitment sheets, draw and match records (JSON and PDF), frames, the returned files exactly as received, the publication exports, the audit log with its chain, the standalone verifier and a manifest of SHA-256 sums. Check it on any computer with: spotcheck verify-archive FILE.zip</source>
        <translation>一个 zip 文件，收存多年后不依赖本程序数据库即可复核本次抽查所需的全部材料：承诺单、抽取和匹配记录（JSON 和 PDF）、抽取名录、原样保存的交回文件、公示导出记录、带哈希链的审计日志、独立验算程序以及 SHA-256 校验清单。在任何电脑上都可用以下命令核对：spotcheck verify-archive 文件.zip</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="49"/>
        <source>Include the summary report and the statistics workbook</source>
        <translation>同时收入汇总报告和统计表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="53"/>
        <source>Write the archive…</source>
        <translation>生成归档文件…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="80"/>
        <source>Write the summary report</source>
        <translation>生成汇总报告</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="81"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="86"/>
        <source>The summary report was written to %1.</source>
        <translation>汇总报告已生成：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="92"/>
        <source>Write the archive</source>
        <translation>生成归档文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="93"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 压缩文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_archive.py" line="101"/>
        <source>The archive was written to %1: %2 file(s), %3 bytes. Its SHA-256, to write on the disc&apos;s label: %4</source>
        <translation>归档文件已生成：%1，共 %2 个文件，%3 字节。归档文件的 SHA-256（请写在光盘标签上）：%4</translation>
    </message>
</context>
<context>
    <name>CloseFollowupDialog</name>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="54"/>
        <source>Close the follow-up</source>
        <translation>办结后续处置</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="55"/>
        <source>The follow-up of %1 (%2) is recorded as closed, with the date and who closed it.</source>
        <translation>将 %1（%2）的后续处置记录为已办结，并记下办结日期和办结人。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="66"/>
        <source>name of the person who closed it</source>
        <translation>办结人姓名</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="84"/>
        <source>what was done (required for 其他 without a description)</source>
        <translation>处置情况（措施为“其他”且未记录处置说明时必填）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="86"/>
        <source>Closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="87"/>
        <source>Closed by</source>
        <translation>办结人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="88"/>
        <source>Measures taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="89"/>
        <source>Note</source>
        <translation>办结说明</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="61"/>
        <source>Export the publication file</source>
        <translation>导出公示文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="62"/>
        <source>The file lists one row per enterprise and check item of the approved results, in the columns of the publicity system&apos;s batch import. The next export carries %1 new or changed row(s).</source>
        <translation>公示文件按已审核的结果每户每个检查事项一行，列与公示系统批量导入的格式一致。本次将导出新增或变更的 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="65"/>
        <source>Also write a CSV file (UTF-8 with BOM) next to it</source>
        <translation>同时在同一文件夹生成 CSV 文件（UTF-8 带 BOM）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="67"/>
        <source>Every approved result, not only the new and changed ones</source>
        <translation>导出全部已审核的结果，而不只是新增和变更的</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="77"/>
        <source>Publication date printed</source>
        <translation>公示日期</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="106"/>
        <source>Export the publication file…</source>
        <translation>导出公示文件…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="112"/>
        <location filename="../../ui/screens/publication_export.py" line="145"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="113"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="114"/>
        <source>Enterprise</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="115"/>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="116"/>
        <source>Check date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="117"/>
        <source>Publication deadline</source>
        <translation>公示期限</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="118"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="119"/>
        <location filename="../../ui/screens/publication_export.py" line="144"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="126"/>
        <source>Results are published within 20 working days of the check (the working-day calendar in the settings). Only approved results are exported; entered ones are listed so their deadline is seen.</source>
        <translation>检查结果应自检查之日起 20 个工作日内公示（按设置中的工作日日历计算）。只导出已审核的结果；已录入未审核的也列出，以便看到其期限。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="142"/>
        <source>All inspections with a result</source>
        <translation>全部已有结果的检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="143"/>
        <source>Not yet exported</source>
        <translation>尚未导出的</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="145"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="156"/>
        <source>Not yet</source>
        <translation>未导出</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="157"/>
        <source>%1 (export no. %2)</source>
        <translation>%1（第 %2 次导出）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="171"/>
        <source>Reading the deadlines…</source>
        <translation>正在读取公示期限…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="187"/>
        <source>Exports so far: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="188"/>
        <source>no. %1 on %2, %3 row(s), %4</source>
        <translation>第 %1 次 %2，%3 行，%4</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="190"/>
        <source>Nothing exported yet.</source>
        <translation>尚未导出过公示文件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="195"/>
        <source>No inspection of this plan has a result yet.</source>
        <translation>本计划还没有检查结果。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="198"/>
        <source>%1 inspection(s) with a result: %2 exported, %3 not yet, %4 overdue.</source>
        <translation>已有结果的检查对象 %1 户：已导出 %2 户，未导出 %3 户，逾期 %4 户。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="201"/>
        <source>The next export carries %1 row(s) of %2 inspection(s): %3 new, %4 changed.</source>
        <translation>下次导出 %1 行（%2 户）：新增 %3 行，变更 %4 行。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="213"/>
        <source>All districts</source>
        <translation>全部区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="235"/>
        <source>Export the publication file</source>
        <translation>导出公示文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="236"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="244"/>
        <source>Export no. %1: %2 row(s) of %3 inspection(s) (%4 new, %5 changed) written to %6.</source>
        <translation>第 %1 次公示导出：%3 户共 %2 行（新增 %4 行，变更 %5 行），已写入 %6。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="249"/>
        <source>CSV: %1.</source>
        <translation>CSV 文件：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_export.py" line="251"/>
        <source>%1 of them are published after their deadline.</source>
        <translation>其中 %1 户已超过公示期限。</translation>
    </message>
</context>
<context>
    <name>FollowupTab</name>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="139"/>
        <source>Close…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="144"/>
        <location filename="../../ui/screens/publication_followup.py" line="171"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="145"/>
        <location filename="../../ui/screens/publication_followup.py" line="172"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="146"/>
        <location filename="../../ui/screens/publication_followup.py" line="173"/>
        <source>Enterprise</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="147"/>
        <source>Check date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="148"/>
        <source>Deadline</source>
        <translation>处置期限</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="149"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="150"/>
        <source>Measures</source>
        <translation>后续处置措施</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="151"/>
        <source>Items to follow up</source>
        <translation>待后续处理的事项</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="162"/>
        <source>Candidates for the list of abnormal operations (经营异常名录) or of serious illegal and dishonest enterprises (严重违法失信)</source>
        <translation>可依法列入经营异常名录或严重违法失信名单的检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="164"/>
        <source>A list to act on: these enterprises&apos; results meet a condition named in the legal basis. The program puts no enterprise on any list; each decision is taken through the legal procedure, then recorded as its follow-up.</source>
        <translation>这是一份待处理清单：这些企业的检查结果符合所列法律依据中的情形。本程序不会把任何企业列入名录或名单；是否列入须经核实并按法定程序作出决定，再作为后续处置记录。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="174"/>
        <source>Result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="175"/>
        <source>May go on</source>
        <translation>可列入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="176"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="177"/>
        <source>What may be done</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="191"/>
        <source>%1: %2. Legal basis: %3</source>
        <translation>%1：%2。法律依据：%3</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="196"/>
        <source>%1, overdue</source>
        <translation>%1，已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="210"/>
        <source>Reading the follow-up list…</source>
        <translation>正在读取后续处置清单…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="226"/>
        <source>%1 follow-up(s) open, %2 of them overdue (deadline: 20 working days after the check).</source>
        <translation>未办结的后续处置 %1 户，其中逾期 %2 户（期限：检查之日起 20 个工作日）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_followup.py" line="245"/>
        <source>The follow-up of %1 was closed on %2 by %3.</source>
        <translation>%1 的后续处置已办结（%2，办结人 %3）。</translation>
    </message>
</context>
<context>
    <name>PublicationStep</name>
    <message>
        <location filename="../../ui/screens/publication.py" line="25"/>
        <source>Publication export</source>
        <translation>公示导出</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication.py" line="26"/>
        <source>Follow-up</source>
        <translation>后续处置</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication.py" line="27"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication.py" line="28"/>
        <source>Summary and archive</source>
        <translation>汇总与归档</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication.py" line="38"/>
        <source>Publish results — %1</source>
        <translation>结果公示 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication.py" line="39"/>
        <source>Publish results</source>
        <translation>结果公示</translation>
    </message>
</context>
<context>
    <name>PublishOperations</name>
    <message>
        <location filename="../../ui/operations/publish.py" line="39"/>
        <source>Exporting the publication file…</source>
        <translation>正在导出公示文件…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/publish.py" line="50"/>
        <source>Closing the follow-up…</source>
        <translation>正在办结后续处置…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/publish.py" line="58"/>
        <source>Exporting the statistics…</source>
        <translation>正在导出统计表…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/publish.py" line="66"/>
        <source>Writing the summary report…</source>
        <translation>正在生成汇总报告…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/publish.py" line="78"/>
        <source>Writing the archive…</source>
        <translation>正在生成归档文件…</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="51"/>
        <source>Print the charts…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="52"/>
        <source>Save the charts as an image…</source>
        <translation>另存为图片…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="53"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="76"/>
        <source>Table</source>
        <translation>统计表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="91"/>
        <source>Enterprises with a problem found, per district</source>
        <translation>各区市发现问题的检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="92"/>
        <source>Results by category</source>
        <translation>检查结果分类</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="92"/>
        <source>Checked items by check method</source>
        <translation>各核查方式检查的事项</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="93"/>
        <location filename="../../ui/screens/publication_stats.py" line="97"/>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="93"/>
        <location filename="../../ui/screens/publication_stats.py" line="97"/>
        <source>No problem found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="94"/>
        <source>Not entered yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="95"/>
        <source>Counts as a problem</source>
        <translation>计为发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="96"/>
        <source>Not a problem</source>
        <translation>不计为问题</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="121"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="137"/>
        <source>Choose a plan with a completed draw to see its statistics.</source>
        <translation>请选择已完成抽取的抽查计划，查看其统计。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="138"/>
        <source>%1 inspection(s); %2 with an entered or approved result, %3 of them with a problem found (%4).</source>
        <translation>抽查 %1 户；已录入或已审核结果 %2 户，其中发现问题 %3 户（占 %4）。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="168"/>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 户（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="179"/>
        <source>%1 item(s), %2 with a problem</source>
        <translation>%1 项，发现问题 %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="191"/>
        <source>Save the charts</source>
        <translation>保存统计图</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="191"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="194"/>
        <source>The charts were saved to %1.</source>
        <translation>统计图已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="203"/>
        <source>Export the statistics</source>
        <translation>导出统计表</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="204"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/publication_stats.py" line="208"/>
        <source>The statistics were exported to %1.</source>
        <translation>统计表已导出到 %1。</translation>
    </message>
</context>
</TS>
