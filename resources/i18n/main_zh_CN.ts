<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="19"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="22"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="23"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="24"/>
        <source>Schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="24"/>
        <source>%1 (this program supports up to %2)</source>
        <translation>%1（本程序支持到 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="26"/>
        <source>Audit log head</source>
        <translation>审计日志链头</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="27"/>
        <source>Log file</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="32"/>
        <source>Spot Check Workbench</source>
        <translation>双随机抽查工作台</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="33"/>
        <source>Random selection of inspection objects and inspectors, with public results (“double random, one public”), offline on this computer.</source>
        <translation>“双随机、一公开”抽查：随机抽取检查对象、随机匹配执法检查人员、检查结果公开。全部在本机离线完成。</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../../ui/widgets/ask.py" line="96"/>
        <source>The folder %1 already holds:
%2

Replace these files with the new ones?</source>
        <translation>文件夹 %1 中已有：
%2

用新文件替换这些文件吗？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ask.py" line="99"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="30"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="53"/>
        <location filename="../../ui/dialogs/audit_log.py" line="88"/>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="55"/>
        <source>Show the selected entry as stored: action code, data and hash</source>
        <translation>显示所选记录的原始内容：操作代码、数据和哈希值</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="61"/>
        <source>The hash chain has not been checked yet.</source>
        <translation>尚未校验哈希链。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="65"/>
        <source>Check hash chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="67"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="88"/>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="96"/>
        <source>Select an entry to see it as stored.</source>
        <translation>请选择一条记录，查看其原始内容。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="99"/>
        <source>%1 entries. Current head:</source>
        <translation>共 %1 条记录。当前链头：</translation>
    </message>
    <message>
        <source>%1 entries. Current head: %2</source>
        <translation type="vanished">共 %1 条记录。当前链头：%2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="109"/>
        <source>Checking…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audit_log.py" line="110"/>
        <source>Checking the audit log</source>
        <translation>正在校验审计日志</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../ui/models/audit_log_model.py" line="34"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_log_model.py" line="34"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_log_model.py" line="34"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_log_model.py" line="34"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_log_model.py" line="103"/>
        <source>Entry %1, action code %2, stored time %3, by %4</source>
        <translation>第 %1 条记录，操作代码 %2，记录时间 %3，操作人 %4</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_log_model.py" line="105"/>
        <source>Hash: %1</source>
        <translation>哈希值：%1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="vanished">内容</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="vanished">哈希</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="16"/>
        <source>Database backups (*.sqlite3);;All files (*)</source>
        <translation>数据库备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="29"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="40"/>
        <source>Copying the database…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="34"/>
        <source>Backup finished</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="35"/>
        <source>The database was backed up to:
%1</source>
        <translation>数据库已备份到：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="43"/>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="47"/>
        <location filename="../../ui/dialogs/backup.py" line="52"/>
        <location filename="../../ui/dialogs/backup.py" line="58"/>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="48"/>
        <source>Please wait until the running task has finished.</source>
        <translation>请等待正在进行的操作完成后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="55"/>
        <source>Replace the current database with the backup
%1?

The current database is saved as a safety copy first, so this can be undone.</source>
        <translation>确定用备份
%1
替换当前数据库吗？

当前数据库会先另存一份安全副本，可以撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="63"/>
        <source>Restore finished</source>
        <translation>恢复完成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backup.py" line="64"/>
        <source>The database was restored from:
%1

The database as it was before is kept at:
%2</source>
        <translation>已从以下备份恢复数据库：
%1

恢复前的数据库已另存为：
%2</translation>
    </message>
</context>
<context>
    <name>BureauTab</name>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="57"/>
        <source>Issuing authority</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="58"/>
        <source>Signature (as on the seal)</source>
        <translation>署名（与公章一致）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="59"/>
        <source>Document number prefix</source>
        <translation>文号前缀</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="60"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="61"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="62"/>
        <source>Clerk (recorded in the audit log)</source>
        <translation>经办人（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="63"/>
        <source>Publication web address</source>
        <translation>公示网址</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="69"/>
        <source>The city bureau draws and sends each district its share file; a district bureau&apos;s copy receives its share and matches its own inspectors.</source>
        <translation>市局统一抽取，并向各区市发送共享文件；区市局使用的本程序接收本区市的共享文件，以本区市的检查人员进行匹配。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="71"/>
        <source>This copy serves</source>
        <translation>本程序服务于</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="78"/>
        <source>Empty: the Windows user name is used</source>
        <translation>留空则使用 Windows 用户名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="83"/>
        <source>Language (after a restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="87"/>
        <source> pages</source>
        <translation> 页</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="88"/>
        <source>How many pages the lists of a printed draw record may take in all. Every row is always in draw-record.json and draw-listing.xlsx; the full PDF can be asked for when the record is saved.</source>
        <translation>打印版抽取记录中各名单合计最多占用的页数。全部名单总在 draw-record.json 和 draw-listing.xlsx 中；保存抽取记录时可选择输出列出全部名单的打印版。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="91"/>
        <source>Printed draw record: list pages at most</source>
        <translation>抽取记录打印页数上限（名单部分）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="103"/>
        <source>City bureau</source>
        <translation>市局</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="106"/>
        <source>District bureau: %1</source>
        <translation>区市局：%1</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="55"/>
        <source>Add a year…</source>
        <translation>新增年份…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="57"/>
        <source>Remove this year</source>
        <translation>删除该年份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="67"/>
        <source>Deadlines count working days. Years up to the end of the built-in calendar are known; for a later year enter the published holidays and make-up working days (one date per line, YYYY-MM-DD) before its deadlines can be computed.</source>
        <translation>期限按工作日计算。内置日历覆盖的年份无需录入；之后的年份，请先录入国务院公布的放假日期和调休上班日期（每行一个日期，如 2027-10-01），才能计算该年的期限。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="73"/>
        <source>Years covered</source>
        <translation>已覆盖的年份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="78"/>
        <source>Holidays (weekdays off)</source>
        <translation>节假日（工作日放假）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="79"/>
        <source>Make-up working days (weekends worked)</source>
        <translation>调休工作日（周末上班）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="99"/>
        <source>%1 (entered by hand)</source>
        <translation>%1 年（手工录入）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="100"/>
        <source>%1 (built in)</source>
        <translation>%1 年（内置）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="129"/>
        <source>Entered by hand; this schedule is used for %1.</source>
        <translation>手工录入：%1 年按此安排计算工作日。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="133"/>
        <source>From the built-in calendar (read-only).</source>
        <translation>来自内置日历（只读）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="147"/>
        <source>Add a year</source>
        <translation>新增年份</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/calendar_tab.py" line="147"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../ui/operations/settings.py" line="97"/>
        <source>Importing the check-item catalogue</source>
        <translation>正在导入抽查事项清单</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="106"/>
        <source>Saving the check-item catalogue</source>
        <translation>正在保存抽查事项清单</translation>
    </message>
</context>
<context>
    <name>CatalogueChooser</name>
    <message>
        <location filename="../../ui/dialogs/catalogue_chooser.py" line="34"/>
        <source>Check items from the catalogue</source>
        <translation>从抽查事项清单中选择检查事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_chooser.py" line="37"/>
        <source>Search by code or name</source>
        <translation>按事项编码或名称搜索</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_chooser.py" line="49"/>
        <source>The catalogue is empty: import it in Settings → Check-item catalogue.</source>
        <translation>抽查事项清单为空：请在“设置 → 抽查事项清单”中导入。</translation>
    </message>
</context>
<context>
    <name>CatalogueItemsField</name>
    <message>
        <location filename="../../ui/dialogs/catalogue_chooser.py" line="79"/>
        <source>From the catalogue…</source>
        <translation>从清单选择…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_chooser.py" line="100"/>
        <source>Not in the check-item catalogue (printed without a basis): %1</source>
        <translation>不在抽查事项清单中（通知书中不印检查依据）：%1</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="103"/>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="103"/>
        <source>Name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="103"/>
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="103"/>
        <source>Method</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="103"/>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="104"/>
        <source>Object type</source>
        <translation>检查对象类型</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="104"/>
        <source>Legal basis</source>
        <translation>检查依据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="104"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="110"/>
        <source>Import a new version…</source>
        <translation>导入新版本…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="111"/>
        <source>Add item…</source>
        <translation>新增事项…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="112"/>
        <source>Edit item…</source>
        <translation>修改事项…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="113"/>
        <source>Remove item…</source>
        <translation>删除事项…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="122"/>
        <source>Each change makes a new version of the catalogue with your reason and is saved at once. Plans already committed keep the items and bases they were committed with.</source>
        <translation>每次修改都会立即保存为清单的新版本并记录原因。已提交抽取承诺的计划仍使用承诺时的事项和检查依据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="147"/>
        <source>%1, version %2 (%3): %4 item(s). %5</source>
        <translation>%1 第 %2 版（%3）：%4 个事项。%5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="152"/>
        <source>No check-item catalogue yet: import one, or add its first item.</source>
        <translation>尚无抽查事项清单：请导入，或新增第一个事项。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="166"/>
        <source>Reason for the new version (kept in the log):</source>
        <translation>新版本的原因（记入日志）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="172"/>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="189"/>
        <source>Check-item catalogue</source>
        <translation>抽查事项清单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="172"/>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="176"/>
        <source>Import check-item catalogue</source>
        <translation>导入抽查事项清单</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="177"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xlsm *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="182"/>
        <source>Import a new version</source>
        <translation>导入新版本</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="190"/>
        <source>Imported as version %1: %2 item(s), %3 row(s) not imported, %4 to check.</source>
        <translation>已导入为第 %1 版：%2 个事项，%3 行未导入，%4 行需核实。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="197"/>
        <source>Add item</source>
        <translation>新增事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="215"/>
        <source>Edit item</source>
        <translation>修改事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="223"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>Ceremony</name>
    <message>
        <location filename="../../ui/widgets/ask.py" line="107"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../../ui/dialogs/demo_data.py" line="69"/>
        <source>Remove demo data</source>
        <translation>删除演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demo_data.py" line="71"/>
        <source>There is no demo data in this database.</source>
        <translation>本数据库中没有演示数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demo_data.py" line="75"/>
        <source>Remove the demo registers, the demo plan and the made-up bureau details? Your own registers and plans stay. The removal is recorded in the audit log.</source>
        <translation>删除演示名录、演示计划和虚构的机关信息吗？您自己导入的名录和建立的计划都会保留。删除操作记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demo_data.py" line="80"/>
        <source>The demo data was removed.</source>
        <translation>演示数据已删除。</translation>
    </message>
</context>
<context>
    <name>DigestCopy</name>
    <message>
        <location filename="../../ui/widgets/digest.py" line="32"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/digest.py" line="33"/>
        <source>Copy the whole SHA-256 (64 hex digits) to the clipboard</source>
        <translation>把完整的 SHA-256（64 位十六进制）复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>DistrictsTab</name>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="172"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="172"/>
        <source>Other names</source>
        <translation>别名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="172"/>
        <source>Division codes</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="173"/>
        <source>Other names and division codes are separated by commas. The codes are the 6-digit administrative division codes found in credit codes.</source>
        <translation>别名和行政区划代码之间用逗号分隔。区划代码为统一社会信用代码中的 6 位行政区划代码。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="132"/>
        <source>Unexpected error: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/dialogs/demo_data.py" line="31"/>
        <source>A new database</source>
        <translation>新数据库</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demo_data.py" line="34"/>
        <source>This database is still empty. You can try the program with demo data first: two fictional enterprise registers, inspectors, an avoidance list and a plan, with made-up bureau details. The demo data can be removed later (File → Remove demo data…) as long as no draw used it.

Or start empty and import your own registers.</source>
        <translation>这个数据库还是空的。您可以先载入演示数据试用本程序：两个虚构的企业名录、检查人员名录、回避名单和一个抽查计划，以及虚构的机关信息。只要还没有用它们进行抽取，以后可以通过“文件 → 删除演示数据…”删除。

也可以从空白开始，导入本局自己的名录。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demo_data.py" line="42"/>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/demo_data.py" line="43"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="41"/>
        <source>Check item</source>
        <translation>检查事项</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="44"/>
        <source>Item code:</source>
        <translation>事项编码：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="44"/>
        <source>Item name:</source>
        <translation>事项名称：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="44"/>
        <source>Category:</source>
        <translation>事项类别：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="45"/>
        <source>Check method:</source>
        <translation>检查方式：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="45"/>
        <source>Department:</source>
        <translation>实施部门：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="46"/>
        <source>Object type:</source>
        <translation>检查对象类型：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="46"/>
        <source>Legal basis:</source>
        <translation>检查依据：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="46"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalogue_tab.py" line="60"/>
        <source>e.g. 《中华人民共和国工业产品生产许可证管理条例》第四十七条</source>
        <translation>例如：《中华人民共和国工业产品生产许可证管理条例》第四十七条</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Spot Check Workbench</source>
        <translation>双随机抽查工作台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Current plan:</source>
        <translation>当前计划：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80"/>
        <source>Back up database…</source>
        <translation>备份数据库…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Restore backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Remove demo data…</source>
        <translation>删除演示数据…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Audit log…</source>
        <translation>审计日志…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>(no plan yet)</source>
        <translation>（尚无计划）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>Audit log head: %1</source>
        <translation>审计日志链头：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Please wait until the running task has finished.</source>
        <translation>请等待正在进行的操作完成后再退出。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="14"/>
        <location filename="../../ui/dialogs/messages.py" line="22"/>
        <source>Cannot continue</source>
        <translation>无法继续</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="24"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="25"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OfficePrompt</name>
    <message>
        <location filename="../../ui/dialogs/office_prompt.py" line="22"/>
        <source>Bureau details</source>
        <translation>机关信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/office_prompt.py" line="24"/>
        <source>Before the first %1 is printed, fill in what it prints of your bureau. They are saved in Settings → Bureau and can be changed there.</source>
        <translation>第一次生成%1之前，请填写其中要印的本局信息。填写的内容保存在“设置 → 机关信息”中，以后可在那里修改。</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../ui/widgets/ask.py" line="128"/>
        <source>No program on this computer opens the file “%1” (for a PDF: a PDF reader must be installed). The file was written; it is in the folder
%2
Open the folder?</source>
        <translation>本机没有可以打开文件“%1”的程序（PDF 文件需要安装 PDF 阅读器）。文件已经写出，位于文件夹
%2
是否打开该文件夹？</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ask.py" line="131"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ask.py" line="138"/>
        <source>Cannot open the folder</source>
        <translation>无法打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/ask.py" line="139"/>
        <source>This computer has no program set up to show the folder %1. Open it in the file manager yourself.</source>
        <translation>本机没有可以显示文件夹 %1 的程序，请在文件管理器中自行打开。</translation>
    </message>
</context>
<context>
    <name>ResultListsTab</name>
    <message>
        <location filename="../../ui/dialogs/result_lists_tab.py" line="41"/>
        <source>The choices results are recorded in, on the entry screen and in the work packages&apos; drop-down lists, in this order. A category marked “counts as problem found” is counted as such in the statistics and requires the problem to be described.</source>
        <translation>录入结果时可选的选项，按此顺序出现在结果录入界面和工作包的下拉列表中。标为“计为发现问题”的类别在统计中计为发现问题，并须填写发现的问题。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/result_lists_tab.py" line="53"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/result_lists_tab.py" line="53"/>
        <source>Counts as problem found</source>
        <translation>计为发现问题</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/result_lists_tab.py" line="59"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/result_lists_tab.py" line="59"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/result_lists_tab.py" line="60"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/result_lists_tab.py" line="60"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="25"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="74"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="34"/>
        <source>Bureau</source>
        <translation>机关信息</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="35"/>
        <source>Districts</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="36"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="37"/>
        <source>Result categories</source>
        <translation>结果类别</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="38"/>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="39"/>
        <source>Check-item catalogue</source>
        <translation>抽查事项清单</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="66"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="74"/>
        <source>The new language is used from the next start.</source>
        <translation>新的界面语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>SettingsTable</name>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="138"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="139"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/app.py" line="62"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="75"/>
        <source>Loading the demo data</source>
        <translation>正在载入演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/operations/settings.py" line="82"/>
        <source>Removing the demo data</source>
        <translation>正在删除演示数据</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>The workbench is already running with this database:
%1

Switch to the open window.</source>
        <translation>工作台已经在使用此数据库运行：
%1

请切换到已打开的窗口。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="63"/>
        <source>An unexpected error occurred. Your data has not been changed by the failed operation.</source>
        <translation>程序发生意外错误。出错的操作没有改动您的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="65"/>
        <source>Details were written to the log file:
%1</source>
        <translation>详细信息已写入运行日志：
%1</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="67"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="159"/>
        <source>Checking the data&apos;s integrity…</source>
        <translation>正在校验数据完整性…</translation>
    </message>
    <message>
        <location filename="../../ui/integrity_check.py" line="33"/>
        <location filename="../../ui/integrity_check.py" line="47"/>
        <source>Data integrity warning</source>
        <translation>数据完整性警告</translation>
    </message>
    <message>
        <location filename="../../ui/integrity_check.py" line="34"/>
        <source>The database differs from its audit log in %1 place(s): it may have been edited outside this program, or copied without its -wal file.</source>
        <translation>数据库与审计日志有 %1 处不符：数据库可能在本程序之外被直接改动，或在没有同名 -wal 文件的情况下被复制。</translation>
    </message>
    <message>
        <location filename="../../ui/integrity_check.py" line="38"/>
        <source>Documents of the affected draws will not be generated. Run “spotcheck db check” for the full list and restore a backup (File → Restore backup).</source>
        <translation>受影响的抽取将不能生成文书。请运行“spotcheck db check”查看全部不符之处，并从备份恢复（文件 → 恢复备份）。</translation>
    </message>
    <message>
        <location filename="../../ui/integrity_check.py" line="49"/>
        <source>The data has not been checked in full. Run “spotcheck db check” to check it, or start the program again.</source>
        <translation>数据尚未完成完整校验。请运行“spotcheck db check”进行检查，或重新启动本程序。</translation>
    </message>
</context>
<context>
    <name>StepPages</name>
    <message>
        <location filename="../../ui/widgets/step_pages.py" line="88"/>
        <source>This step&apos;s screen is not part of this version yet.</source>
        <translation>本版本尚未提供此步骤的操作界面。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/step_pages.py" line="91"/>
        <source>This screen could not be opened: %1</source>
        <translation>无法打开此界面：%1</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../ui/steps.py" line="14"/>
        <source>Registers</source>
        <translation>登记名录</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="16"/>
        <source>Plan</source>
        <translation>制定计划</translation>
    </message>
    <message>
        <location filename="../../ui/selftest_checks.py" line="27"/>
        <location filename="../../ui/steps.py" line="17"/>
        <source>Random draw</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="18"/>
        <source>Match inspectors</source>
        <translation>匹配人员</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="19"/>
        <source>Print documents</source>
        <translation>打印文书</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="20"/>
        <source>Send out and collect</source>
        <translation>下发与回收</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="21"/>
        <source>Publish results</source>
        <translation>结果公示</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="30"/>
        <source>The city bureau draws the enterprises; this district bureau receives its share file (the public draw record and the district&apos;s inspections) from the city. Assign your own inspectors to every enterprise of the share at random, respecting the units, the avoidance list and the team size; record later replacements with their reason and approver.</source>
        <translation>检查对象由市局统一抽取；本区市局从市局收到本区市的共享文件（公开的抽取记录和本区市的检查对象）。按单位、回避名单和组队人数，为共享文件中的每个检查对象随机匹配本区市的检查人员；以后更换人员时记录原因和批准人。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="36"/>
        <source>Import the object register (enterprises with their district and status), the inspector register, the avoidance list and the third-party institutions from Excel or CSV files. Every import is checked row by row and kept as a new, unchangeable version.</source>
        <translation>从 Excel 或 CSV 文件导入检查对象名录库（企业及其所属区市、登记状态）、执法检查人员名录库、回避关系名单和第三方专业机构名录库。每次导入逐行校验，并保存为新的、不可更改的版本。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="40"/>
        <source>Import the share file the city bureau sent for this district: the public draw record and the district&apos;s inspections, checked against the record before anything is written.</source>
        <translation>导入市局发来的本区市共享文件：公开的抽取记录和本区市的检查对象；写入前先与抽取记录逐项核对。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="43"/>
        <source>Set up the plan: its document number, period and deadlines, and its tasks — which register, which filter, what ratio and which check items. A plan is frozen once its draw is committed.</source>
        <translation>制定抽查计划：文号、抽查时间和期限，以及各项抽查任务——使用哪个名录库、筛选条件、抽查比例和检查事项。抽取一经锁定，计划即不可再改。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="46"/>
        <source>Commit the draw (the frames and quotas are fixed and their hash is printed for the witnesses), then enter the witnesses&apos; numbers to form the public seed and draw the enterprises to inspect.</source>
        <translation>先锁定抽取（固定抽取范围和名额，并打印其哈希值供见证人核对），再录入见证人提供的数字生成公开的随机种子，抽取检查对象。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="49"/>
        <source>Assign inspectors to every drawn enterprise at random, respecting the units, the avoidance list and the team size; record later replacements with their reason and approver.</source>
        <translation>为每个抽中的检查对象随机匹配执法检查人员，遵守所属单位、回避关系和检查组人数；之后的人员调整记录原因和批准人。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="52"/>
        <source>Print the inspection notices, result forms, envelope labels, task lists and the draw and match records as PDF, per district or for single enterprises.</source>
        <translation>按区市或单个企业生成检查通知书、检查结果记录表、信封标签、任务清单以及抽取记录和匹配记录（PDF）。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="55"/>
        <source>Send each district its work package and collect the filled-in results back.</source>
        <translation>向各区市下发工作包，并回收填报的检查结果。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="57"/>
        <source>Export the approved results for publication in the national enterprise credit information system within 20 working days of each check, follow up the problems found, and see the campaign&apos;s statistics.</source>
        <translation>导出已审核的检查结果，在检查之日起 20 个工作日内通过国家企业信用信息公示系统公示；跟进发现问题的后续处置，查看本次抽查的统计。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="90"/>
        <source>Import the share file the city bureau sent for this district first (step %1).</source>
        <translation>请先导入市局发来的本区市共享文件（第 %1 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="94"/>
        <source>Import an enterprise register first (step %1).</source>
        <translation>请先导入检查对象名录库（第 %1 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="96"/>
        <source>Create or choose a plan first (step %1).</source>
        <translation>请先制定或选择抽查计划（第 %1 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="98"/>
        <location filename="../../ui/steps.py" line="100"/>
        <source>Run the draw of this plan first (step %1).</source>
        <translation>请先完成本计划的随机抽取（第 %1 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="102"/>
        <source>Match the inspectors of this plan first (step %1).</source>
        <translation>请先为本计划匹配检查人员（第 %1 步）。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="104"/>
        <source>Approve at least one inspection result first (step %1, result entry and review).</source>
        <translation>请先审核至少一条检查结果（第 %1 步“结果录入与审核”）。</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="67"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="15"/>
        <source>Received lists</source>
        <translation>接收名单</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="68"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="69"/>
        <source>Ready to start</source>
        <translation>可以开始</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="70"/>
        <source>Finish the earlier step first</source>
        <translation>需先完成前面的步骤</translation>
    </message>
    <message>
        <location filename="../../ui/steps.py" line="71"/>
        <source>In a later version</source>
        <translation>后续版本提供</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <location filename="../../ui/widgets/table_models.py" line="29"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/table_models.py" line="29"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="109"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="126"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="216"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="216"/>
        <source>District</source>
        <translation>所属区市</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_tabs.py" line="218"/>
        <source>The city bureau belongs to “%1”; each district bureau to its district.</source>
        <translation>市局的所属区市填“%1”，各区市局填其所在区市。</translation>
    </message>
</context>
</TS>
