<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="21"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="22"/>
        <source>The import becomes a new, unchangeable version of the register. It is logged.</source>
        <translation>导入后成为该名录一个新的、不可更改的版本，并记入操作日志。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="41"/>
        <source>Register: %1</source>
        <translation>名录：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="42"/>
        <source>New version: %1</source>
        <translation>新版本：第 %1 版</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="43"/>
        <source>File: %1 (sheets: %2)</source>
        <translation>文件：%1（工作表：%2）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="44"/>
        <source>SHA-256 of the file: %1</source>
        <translation>文件 SHA-256：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="52"/>
        <source>Confirmed on the check page: %1 entries of “%2” are removed, %3 added.</source>
        <translation>已在校验页确认：从“%2”中删除 %1 条，新增 %3 条。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="59"/>
        <source>Rows imported: %1, of them operating: %2</source>
        <translation>导入 %1 行，其中在营 %2 行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="62"/>
        <source>Rows imported: %1, of them eligible for matching: %2</source>
        <translation>导入 %1 行，其中可参与匹配 %2 行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="64"/>
        <source>Rows imported: %1</source>
        <translation>导入 %1 行</translation>
    </message>
    <message>
        <source>Rows imported: %1, of them operating / eligible: %2</source>
        <translation type="vanished">导入 %1 行，其中在营 / 可匹配 %2 行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="46"/>
        <source>Rejected rows (not imported): %1; flagged rows: %2</source>
        <translation>未导入的行：%1；需核实的行：%2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_confirm_page.py" line="48"/>
        <source>Digest of the content: %1</source>
        <translation>内容摘要：%1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="50"/>
        <source>File and register</source>
        <translation>文件和名录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="51"/>
        <source>Choose the file as you received it (Excel or CSV; title rows, several sheets and footers are fine) and the register it becomes a new version of.</source>
        <translation>选择收到的原始文件（Excel 或 CSV；有标题行、多个工作表、合计行都可以），以及要导入成为新版本的名录。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="56"/>
        <source>A .xlsx, .xls or .csv file</source>
        <translation>.xlsx、.xls 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="57"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="62"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="67"/>
        <source>Contents:</source>
        <translation>名录类型：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="71"/>
        <source>e.g. 工业产品生产许可证获证企业</source>
        <translation>例如：工业产品生产许可证获证企业</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="72"/>
        <source>Register:</source>
        <translation>名录名称：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="77"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="78"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="81"/>
        <source>Encoding (CSV only):</source>
        <translation>编码（仅 CSV）：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="110"/>
        <source>Choose the register file</source>
        <translation>选择名录文件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="111"/>
        <source>Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>名录文件 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="164"/>
        <source>Give the register a name; plans refer to registers by name.</source>
        <translation>请填写名录名称；抽查计划按名称引用名录。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="166"/>
        <source>The file&apos;s title is that of the existing register “%1”: choose it from the list if this file is its new version.</source>
        <translation>文件标题与已有名录“%1”相同：如果这个文件是它的新版本，请从列表中选择该名录。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="172"/>
        <source>A new register; this import becomes its version 1.</source>
        <translation>这是一个新名录，本次导入为第 1 版。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="174"/>
        <source>The name is suggested from the file; correct it if needed.</source>
        <translation>名称是根据文件建议的，如有不对请修改。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="178"/>
        <source>Existing register: this import becomes version %1 (the newest is version %2 with %3 rows).</source>
        <translation>已有名录：本次导入为第 %1 版（当前最新为第 %2 版，共 %3 行）。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="194"/>
        <location filename="../../ui/wizards/import_file_pages.py" line="211"/>
        <source>Give the register a name.</source>
        <translation>请填写名录名称。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="223"/>
        <source>Reading the file</source>
        <translation>正在读取文件</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="23"/>
        <source>Enterprise register (objects to check)</source>
        <translation>检查对象名录（企业）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="24"/>
        <source>Inspector register</source>
        <translation>执法检查人员名录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="25"/>
        <source>Avoidance list</source>
        <translation>回避关系名单</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="26"/>
        <source>Third-party institutions</source>
        <translation>第三方专业机构名录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="33"/>
        <source>Operating</source>
        <translation>在营</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="34"/>
        <source>Eligible for matching</source>
        <translation>可参与匹配</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_wizard.py" line="42"/>
        <source>Import a register</source>
        <translation>导入名录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_wizard.py" line="42"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="202"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>IssueColumns</name>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="54"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="55"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="56"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="57"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="58"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="59"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="70"/>
        <source>All remarks</source>
        <translation>全部提示</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="71"/>
        <source>Rejected and flagged</source>
        <translation>未导入和需核实的行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="77"/>
        <source>Search reason, value, column, sheet</source>
        <translation>搜索原因、值、列、工作表</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/register_labels.py" line="79"/>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="24"/>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="25"/>
        <source>Which column holds what. The suggestions come from the column names; correct them where needed. A confirmed mapping is remembered for files with the same header.</source>
        <translation>指定每一列对应的内容。建议根据列名自动给出，如有不对请更正。确认后的对应关系会记住，下次遇到相同表头的文件自动使用。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="71"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="90"/>
        <source>The mapping you confirmed for a file with this header was used.</source>
        <translation>已使用您此前为相同表头确认过的对应关系。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="92"/>
        <source>Columns not mapped are kept with each row as extra information.</source>
        <translation>未对应的列作为附加信息随各行保存。</translation>
    </message>
    <message>
        <source>Fields marked * are needed (for enterprises, the credit code or the registration number). Columns not mapped are kept with each row as extra information.</source>
        <translation type="vanished">带 * 的项目必须有（企业名录须有统一社会信用代码或注册号）。未对应的列作为附加信息随每行保存。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="94"/>
        <source>Not mapped: %1</source>
        <translation>未对应的列：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="101"/>
        <source>Fields marked * are needed: the enterprise&apos;s name, and its unified social credit code or registration number.</source>
        <translation>标 * 的字段必须有：企业名称，以及统一社会信用代码或注册号。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="103"/>
        <source>Fields marked * are needed: the inspector&apos;s name and law-enforcement certificate number.</source>
        <translation>标 * 的字段必须有：检查人员姓名和执法证号。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="105"/>
        <source>Fields marked * are needed: the inspector&apos;s law-enforcement certificate number and the credit code of the enterprise they must not inspect.</source>
        <translation>标 * 的字段必须有：检查人员的执法证号，以及其须回避的企业的统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="107"/>
        <source>Fields marked * are needed: the institution&apos;s name and its unified social credit code.</source>
        <translation>标 * 的字段必须有：机构名称和统一社会信用代码。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="109"/>
        <source>Fields marked * are needed.</source>
        <translation>标 * 的字段必须有。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_mapping_page.py" line="119"/>
        <source>The column “%1” is chosen for two fields.</source>
        <translation>“%1”列被指定给了两个项目。</translation>
    </message>
</context>
<context>
    <name>PlanBasicsPage</name>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="139"/>
        <source>The plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="140"/>
        <source>Title and document number as in the plan document, its period and the date by which checks and result entry must be done.</source>
        <translation>按工作方案填写标题和文号、抽查期间，以及完成检查和录入的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="146"/>
        <source>e.g. 2020年度工业产品生产许可证获证企业和食品相关产品企业双随机抽查</source>
        <translation>例如：2020年度工业产品生产许可证获证企业和食品相关产品企业双随机抽查</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="148"/>
        <source>e.g. 局函〔2020〕277号</source>
        <translation>例如：局函〔2020〕277号</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="156"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="157"/>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="158"/>
        <source>Start:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="159"/>
        <source>Checks and entry done by:</source>
        <translation>完成检查和录入：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="160"/>
        <source>End:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="161"/>
        <source>Inspectors per team:</source>
        <translation>每组检查人员数：</translation>
    </message>
</context>
<context>
    <name>PlanMatchingPage</name>
    <message>
        <location filename="../../ui/wizards/plan_matching_page.py" line="19"/>
        <source>Who matches the inspectors</source>
        <translation>检查人员由谁匹配</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_matching_page.py" line="20"/>
        <source>For each district: the city matches its inspections with the city&apos;s inspector register, or the district matches them in its own copy of the program and returns its share. Fixed when the draw is committed.</source>
        <translation>逐个区市选择：由市局用市局的执法检查人员名录库匹配（市局匹配），或由区市在本区市的程序中自行匹配并回传（区市自行匹配）。提交抽取承诺后不能再改。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_matching_page.py" line="28"/>
        <source>Matched by the city</source>
        <translation>市局匹配</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_matching_page.py" line="28"/>
        <source>Matched in the district&apos;s own copy</source>
        <translation>区市自行匹配</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_matching_page.py" line="33"/>
        <source>No districts in the settings: the city matches every inspection.</source>
        <translation>设置中没有区市：全部检查对象由市局匹配。</translation>
    </message>
</context>
<context>
    <name>PlanOperations</name>
    <message>
        <location filename="../../ui/operations/plans.py" line="25"/>
        <source>Reading the plan file…</source>
        <translation>正在读取计划文件…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plans.py" line="28"/>
        <source>Create plan</source>
        <translation>创建计划</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plans.py" line="39"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/operations/plans.py" line="48"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
</context>
<context>
    <name>PlanReviewPage</name>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="203"/>
        <source>Review and save</source>
        <translation>核对并保存</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="204"/>
        <source>The plan stays a draft and can be changed until its draw is committed.</source>
        <translation>计划保存为草稿，在提交抽取承诺之前都可以修改。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="216"/>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="217"/>
        <source>Period: %1 to %2, checks and entry done by %3</source>
        <translation>期间：%1 至 %2，%3 前完成检查和录入</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="219"/>
        <source>Inspectors per team: %1</source>
        <translation>每组检查人员数：%1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="221"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="221"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="221"/>
        <source>Register</source>
        <translation>名录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="222"/>
        <source>Ratio or count</source>
        <translation>比例或数量</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="222"/>
        <source>Strata</source>
        <translation>分层</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="223"/>
        <source>Check items</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="226"/>
        <source>%1 enterprises</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="230"/>
        <source>By district</source>
        <translation>按区市分层</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="230"/>
        <source>City-wide</source>
        <translation>全市一层</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="236"/>
        <source>Matching of inspectors</source>
        <translation>检查人员匹配</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="239"/>
        <source>Deadlines (working days, for information)</source>
        <translation>时限（按工作日计算，供参考）</translation>
    </message>
</context>
<context>
    <name>PlanScopePage</name>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="42"/>
        <source>Scope and ratios</source>
        <translation>抽取范围与比例</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="43"/>
        <source>Optional: a ratio per credit-risk class, and conditions on register columns (targeted draw). Both are part of the committed plan.</source>
        <translation>可选：按信用风险分类设定比例，或按名录中的列设定筛选条件（定向抽查）。两者都是承诺的计划的一部分。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="48"/>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="58"/>
        <source>Show frames and quotas</source>
        <translation>查看抽取范围户数和应抽户数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="61"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="61"/>
        <source>Class</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="61"/>
        <source>Ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="62"/>
        <source>Stratum</source>
        <translation>层（区市）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="62"/>
        <source>Frame</source>
        <translation>名录户数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="62"/>
        <source>Quota</source>
        <translation>应抽户数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_page.py" line="157"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>PlanScreen</name>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="21"/>
        <source>Plan starts (notice received)</source>
        <translation>抽查开始（收到方案）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="23"/>
        <source>Obtain the list of objects (within %1 working days of receiving the plan)</source>
        <translation>获取检查对象名单（收到方案后 %1 个工作日内）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="26"/>
        <source>Match inspectors (within %1 working days of obtaining the list)</source>
        <translation>完成人员匹配（获取名单后 %1 个工作日内）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="29"/>
        <source>Working-day deadlines</source>
        <translation>工作日时限</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="31"/>
        <source>Checks and result entry completed by</source>
        <translation>完成检查和结果录入</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="33"/>
        <source>Working days from start to completion</source>
        <translation>开始至完成的工作日数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="35"/>
        <source>Plan ends (results entered and published)</source>
        <translation>抽查结束（结果录入并公示）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="47"/>
        <source>Every district is matched by the city</source>
        <translation>全部区市由市局匹配</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="48"/>
        <source>Matched in the districts&apos; own copies: %1; the other districts by the city</source>
        <translation>区市自行匹配：%1；其他区市由市局匹配</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="48"/>
        <source>Plan</source>
        <translation>制定计划</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="50"/>
        <source>New plan…</source>
        <translation>新建计划…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="52"/>
        <source>Create from file…</source>
        <translation>从文件创建计划…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="54"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="56"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="63"/>
        <location filename="../../ui/screens/plan.py" line="93"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="64"/>
        <location filename="../../ui/screens/plan.py" line="93"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="65"/>
        <location filename="../../ui/screens/plan.py" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No plan yet. Create one from a plan file (TOML) or with “New plan…”.</source>
        <translation type="vanished">还没有抽查计划。请从计划文件（TOML）创建，或点击“新建计划…”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="76"/>
        <source>No plan yet. Press “New plan…” and fill in the plan step by step; if you received a plan saved as a file, use “Create from file…”.</source>
        <translation>还没有抽查计划。请点击“新建计划…”，按步骤填写计划；如果收到了保存为文件的计划，也可以点击“从文件创建计划…”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="80"/>
        <source>Plans</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="89"/>
        <source>Plan details</source>
        <translation>计划信息</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="94"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="94"/>
        <source>Checks and entry done by</source>
        <translation>完成检查和录入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="95"/>
        <source>Inspectors per team</source>
        <translation>每组检查人员数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="96"/>
        <source>Matching of inspectors</source>
        <translation>检查人员匹配</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="97"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="105"/>
        <source>Tasks</source>
        <translation>抽查任务</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="108"/>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="110"/>
        <source>Register</source>
        <translation>名录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="111"/>
        <source>Ratio or count</source>
        <translation>比例或数量</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="112"/>
        <source>Stratified</source>
        <translation>分层</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="112"/>
        <source>By district</source>
        <translation>按区市分层</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="113"/>
        <source>City-wide</source>
        <translation>全市一层</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="114"/>
        <source>Check items</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="115"/>
        <source>Filter</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="130"/>
        <source>Deadlines (working days, for information)</source>
        <translation>时限（按工作日计算，供参考）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="155"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="155"/>
        <source>Frozen (draw committed)</source>
        <translation>已冻结（已提交抽取承诺）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="159"/>
        <source>%1 enterprises</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="170"/>
        <source>product contains %1</source>
        <translation>产品含“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="172"/>
        <source>districts %1</source>
        <translation>区市：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="174"/>
        <source>not inspected in the last %1 months</source>
        <translation>近 %1 个月内未被检查</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="183"/>
        <source> (version %1 not found)</source>
        <translation>（第 %1 版不存在）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="184"/>
        <source> (register not imported yet)</source>
        <translation>（名录尚未导入）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="185"/>
        <source> (version %1, %2 operating)</source>
        <translation>（第 %1 版，在营 %2 户）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="186"/>
        <source> (newest: version %1, %2 operating)</source>
        <translation>（最新第 %1 版，在营 %2 户）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="267"/>
        <source>Conditional items: %1</source>
        <translation>条件检查内容：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="280"/>
        <source>Create a plan from a file</source>
        <translation>从文件创建计划</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="281"/>
        <source>Spot-check plans (*.toml);;All files (*)</source>
        <translation>抽查计划 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Plan files (*.toml);;All files (*)</source>
        <translation type="vanished">计划文件 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="289"/>
        <source>Plan “%1” saved.</source>
        <translation>计划“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="315"/>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="316"/>
        <source>Delete the draft plan “%1”? This is logged.</source>
        <translation>删除草稿计划“%1”？此操作将记入日志。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/plan.py" line="323"/>
        <source>Plan deleted.</source>
        <translation>计划已删除。</translation>
    </message>
</context>
<context>
    <name>PlanTasksPage</name>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="49"/>
        <source>Tasks</source>
        <translation>抽查任务</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="50"/>
        <source>Each task draws from one enterprise register with a ratio or a fixed count and carries its check items.</source>
        <translation>每个任务从一个检查对象名录中按比例或固定数量抽取，并规定检查内容。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="62"/>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="64"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="71"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="80"/>
        <source>Ratio</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="81"/>
        <source>Fixed count</source>
        <translation>固定数量</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="86"/>
        <source>20% or 1/5</source>
        <translation>20% 或 1/5</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="97"/>
        <source>By district</source>
        <translation>按区市分层</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="98"/>
        <source>City-wide</source>
        <translation>全市一层</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="109"/>
        <source>One check item per line, or separated by commas</source>
        <translation>每行一项检查内容，或用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="113"/>
        <source>optional; several words separated by commas</source>
        <translation>可不填；多个词用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="115"/>
        <source>Inspectors of the enterprise&apos;s district</source>
        <translation>企业所在区市的检查人员</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="116"/>
        <source>Inspectors of the city bureau</source>
        <translation>市局检查人员</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="117"/>
        <source>Both (mixed teams)</source>
        <translation>两者混合编组</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="119"/>
        <source>Code:</source>
        <translation>任务编号：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="120"/>
        <source>Name:</source>
        <translation>任务名称：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="121"/>
        <source>Register:</source>
        <translation>名录名称：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="122"/>
        <source>How many:</source>
        <translation>抽取数量：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="123"/>
        <source>Strata:</source>
        <translation>分层：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="126"/>
        <source>Check items:</source>
        <translation>检查内容：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="127"/>
        <source>Product contains:</source>
        <translation>产品类别包含：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="128"/>
        <source>Inspectors from:</source>
        <translation>匹配人员：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_tasks_page.py" line="163"/>
        <source>(new task)</source>
        <translation>（新任务）</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="44"/>
        <source>Edit plan</source>
        <translation>修改计划</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="44"/>
        <source>New plan</source>
        <translation>新建计划</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_wizard.py" line="44"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_texts.py" line="56"/>
        <source>By credit-risk class: </source>
        <translation>按信用风险分类：</translation>
    </message>
</context>
<context>
    <name>RegisterOperations</name>
    <message>
        <location filename="../../ui/operations/registers.py" line="29"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../ui/operations/registers.py" line="45"/>
        <source>Writing the error report…</source>
        <translation>正在写入错误报告…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/registers.py" line="49"/>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
</context>
<context>
    <name>RegistersScreen</name>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="15"/>
        <source>Enterprises</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="16"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="17"/>
        <source>Avoidance</source>
        <translation>回避名单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="18"/>
        <source>Institutions</source>
        <translation>第三方机构</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="19"/>
        <source>Check-item catalogue</source>
        <translation>抽查事项清单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="23"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="23"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="28"/>
        <source>Source row</source>
        <translation>来源行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="31"/>
        <location filename="../../ui/screens/register_columns.py" line="59"/>
        <location filename="../../ui/screens/register_columns.py" line="71"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="32"/>
        <location filename="../../ui/screens/register_columns.py" line="45"/>
        <location filename="../../ui/screens/register_columns.py" line="64"/>
        <location filename="../../ui/screens/register_columns.py" line="72"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="33"/>
        <location filename="../../ui/screens/register_columns.py" line="47"/>
        <source>District</source>
        <translation>所属区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="34"/>
        <location filename="../../ui/screens/register_columns.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="69"/>
        <location filename="../../ui/screens/register_columns.py" line="35"/>
        <source>Operating</source>
        <translation>在营</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="36"/>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="37"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="38"/>
        <location filename="../../ui/screens/register_columns.py" line="54"/>
        <location filename="../../ui/screens/register_columns.py" line="77"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="39"/>
        <source>Licence number</source>
        <translation>许可证编号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="40"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="41"/>
        <source>Issued</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="42"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="44"/>
        <location filename="../../ui/screens/register_columns.py" line="57"/>
        <source>Certificate number</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="46"/>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="71"/>
        <location filename="../../ui/screens/register_columns.py" line="48"/>
        <source>Eligible</source>
        <translation>可匹配</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="49"/>
        <location filename="../../ui/screens/register_columns.py" line="61"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="51"/>
        <source>Certificate valid until</source>
        <translation>执法证有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="52"/>
        <source>Specialty</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="53"/>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="58"/>
        <source>Inspector</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="60"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="63"/>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="65"/>
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="66"/>
        <source>Check method</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="67"/>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="68"/>
        <source>Object type</source>
        <translation>检查对象类型</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="69"/>
        <source>Legal basis</source>
        <translation>检查依据</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="70"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="73"/>
        <source>Services</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="74"/>
        <source>Qualification</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="75"/>
        <source>Qualification valid until</source>
        <translation>资质有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/screens/register_columns.py" line="76"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="45"/>
        <source>Registers</source>
        <translation>登记名录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="48"/>
        <source>Import enterprise register…</source>
        <translation>导入企业名录…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="49"/>
        <source>Import inspectors…</source>
        <translation>导入检查人员…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="50"/>
        <source>Import avoidance list…</source>
        <translation>导入回避名单…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="51"/>
        <source>Import third-party institutions…</source>
        <translation>导入第三方机构…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="60"/>
        <source>Registers and their versions</source>
        <translation>名录及其版本</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="62"/>
        <source>Register</source>
        <translation>名录</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="63"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="64"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="65"/>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="67"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Operating / eligible</source>
        <translation type="vanished">在营 / 可匹配</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="73"/>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="74"/>
        <source>Flagged</source>
        <translation>需核实</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="75"/>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="76"/>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="77"/>
        <source>Changes</source>
        <translation>与上一版相比</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="78"/>
        <source>Digest</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="86"/>
        <source>No register yet. Import the enterprise register first, then the inspectors and the avoidance list.</source>
        <translation>还没有名录。请先导入检查对象（企业）名录，再导入检查人员名录和回避名单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="98"/>
        <source>Search name, code, address…</source>
        <translation>搜索名称、代码、地址…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="121"/>
        <location filename="../../ui/screens/registers.py" line="245"/>
        <source>Contents</source>
        <translation>名录内容</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="142"/>
        <source>Import remarks</source>
        <translation>导入问题</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="224"/>
        <source>All districts</source>
        <translation>全部区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="230"/>
        <source>Operating and not operating</source>
        <translation>在营和非在营</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="231"/>
        <source>Operating only</source>
        <translation>仅在营</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="232"/>
        <source>Not operating only</source>
        <translation>仅非在营</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="234"/>
        <source>In post and not in post</source>
        <translation>在岗和不在岗</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="235"/>
        <source>In post only</source>
        <translation>仅在岗</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="236"/>
        <source>Not in post only</source>
        <translation>仅不在岗</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="244"/>
        <source>Contents of %1, version %2</source>
        <translation>%1 第 %2 版内容</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="280"/>
        <source>%1 of %2 rows match</source>
        <translation>共 %2 行，符合条件 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="283"/>
        <source>%1 rows</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="307"/>
        <source>%1 remarks</source>
        <translation>共 %1 条提示</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="317"/>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="318"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="322"/>
        <source>Error report saved: %1</source>
        <translation>错误报告已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/registers.py" line="349"/>
        <source>Imported “%1” as version %2: %3 rows, %4 rejected, %5 flagged.</source>
        <translation>已导入“%1”第 %2 版：%3 行，未导入 %4 行，需核实 %5 行。</translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="45"/>
        <source>Ratio per credit-risk class (按信用风险分类设定比例)</source>
        <translation>按信用风险分类设定比例</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="50"/>
        <source>Register column:</source>
        <translation>名录中的列：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="53"/>
        <source>Separate list:</source>
        <translation>单独的名单：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="54"/>
        <source>Choose list file…</source>
        <translation>选择名单文件…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="66"/>
        <source>All districts</source>
        <translation>全部区市</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="67"/>
        <source>First row: the ratio of each class (empty: the class is not drawn). A district&apos;s row: only where it differs.</source>
        <translation>第一行：各分类的比例（空白：该分类不抽取）。区市所在行：只填与第一行不同的比例。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="77"/>
        <source>Credit-risk class list</source>
        <translation>信用风险分类名单</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="78"/>
        <source>Lists (*.xlsx *.xls *.csv)</source>
        <translation>名单 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="93"/>
        <source>%1: %2 enterprises</source>
        <translation>%1：%2 家企业</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="232"/>
        <source>Sheets and header row</source>
        <translation>工作表和表头行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="233"/>
        <source>Tick the sheets to import (they become one register) and check that the header row is found; the rows above it and a footer are left out.</source>
        <translation>勾选要导入的工作表（合并为一个名录），并核对表头行是否找对；表头以上的行和合计行不会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="239"/>
        <source>Sheets:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="246"/>
        <source>Header row</source>
        <translation>表头行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="248"/>
        <source>Find it in each sheet (recommended)</source>
        <translation>在每个工作表中自动查找（推荐）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="249"/>
        <source>Row number in every sheet:</source>
        <translation>各工作表统一为第几行：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="292"/>
        <source>%1 — no header row found</source>
        <translation>%1 — 未找到表头行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="294"/>
        <source>%1 — header in row %2, %3 rows below it</source>
        <translation>%1 — 表头在第 %2 行，以下 %3 行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="309"/>
        <source>%1 (%2). Tick the sheets to import (they become one register) and check that the header row is found; the rows above it and a footer are left out.</source>
        <translation>%1（%2）。勾选要导入的工作表（合并为一个名录），并核对表头行是否找对；表头以上的行和合计行不会导入。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="346"/>
        <source>First rows of “%1” (the header row is highlighted):</source>
        <translation>“%1”的前几行（表头行以底色标出）：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="367"/>
        <source>No header row was found in sheet “%1”. Untick it, or give the header row number.</source>
        <translation>工作表“%1”中没有找到表头行。请取消勾选该工作表，或指定表头所在的行号。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_file_pages.py" line="370"/>
        <source>Row %1 of sheet “%2” is empty or not among the first rows; choose the row that holds the column names.</source>
        <translation>工作表“%2”的第 %1 行是空行或不在前几行之内；请选择列名所在的行。</translation>
    </message>
</context>
<context>
    <name>ValidatePage</name>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="48"/>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="49"/>
        <source>Every row is checked as it would be imported. Nothing is saved yet.</source>
        <translation>按导入规则逐行校验，此时尚未保存任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="55"/>
        <source>Check again</source>
        <translation>重新校验</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="66"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="66"/>
        <source>Imported</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Operating / eligible</source>
        <translation type="vanished">在营 / 可匹配</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="68"/>
        <source>Rejected</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="68"/>
        <source>Flagged</source>
        <translation>需核实</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="69"/>
        <source>Compared with the newest version</source>
        <translation>与最新版本相比</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="128"/>
        <source>Rows with remarks</source>
        <translation>有提示的行</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="133"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="134"/>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="142"/>
        <source>Differences</source>
        <translation>版本差异</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="167"/>
        <source>This file would replace most of the register “%1”: version %2 has %3 entries, this file has %4, only %5 of them are the same; %6 would be removed (%7) and %8 added. Is this file really the new version of “%1”, and not another register?</source>
        <translation>这个文件将替换名录“%1”的大部分内容：第 %2 版有 %3 条，这个文件有 %4 条，其中只有 %5 条相同；将删除 %6 条（%7），新增 %8 条。这个文件确实是“%1”的新版本，而不是另一个名录吗？</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="175"/>
        <source>Yes: this file is the new version of “%1”; remove %2 entries and add %3.</source>
        <translation>是的：这个文件是“%1”的新版本，删除 %2 条，新增 %3 条。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="206"/>
        <source>first version of this register (%1 new)</source>
        <translation>该名录的第一个版本（新增 %1）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="210"/>
        <source>version %1: %2 added, %3 removed, %4 changed</source>
        <translation>第 %1 版：新增 %2，删除 %3，变更 %4</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="213"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="213"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="213"/>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="237"/>
        <source>%1 of %2 remarks shown</source>
        <translation>显示 %1 条，共 %2 条提示</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="247"/>
        <source>Checking the file…</source>
        <translation>正在校验文件…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="256"/>
        <source>Checking the register</source>
        <translation>正在校验名录</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="264"/>
        <source>No row of the file can be imported; see the remarks below.</source>
        <translation>文件中没有可以导入的行，请查看下面的提示。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="266"/>
        <source>Checked. Rejected rows are not imported; correct them in the file and import again, or import the rest now.</source>
        <translation>校验完成。未通过的行不会导入；可在文件中更正后重新导入，或先导入其余的行。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="269"/>
        <source>Checked. Every row can be imported.</source>
        <translation>校验完成，所有行都可以导入。</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="275"/>
        <source>The file cannot be imported as it is:</source>
        <translation>该文件目前无法导入：</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="290"/>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="291"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/import_check_pages.py" line="299"/>
        <source>Error report saved: %1</source>
        <translation>错误报告已保存：%1</translation>
    </message>
</context>
<context>
    <name>WhereEditor</name>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="151"/>
        <source>Targeted draw: only enterprises meeting these conditions (定向抽查)</source>
        <translation>定向抽查：只抽取符合以下条件的企业</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="156"/>
        <source>All conditions hold (且)</source>
        <translation>同时满足全部条件（且）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="157"/>
        <source>Any condition holds (或)</source>
        <translation>满足任一条件（或）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="162"/>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="163"/>
        <source>Remove condition</source>
        <translation>删除条件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="169"/>
        <source>Not</source>
        <translation>不</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="169"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="169"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="170"/>
        <source>Value (several: separated by 、; dates: 2015-01-01 至 2019-12-31)</source>
        <translation>值（多个值用“、”分隔；日期写成 2015-01-01 至 2019-12-31）</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/plan_scope_widgets.py" line="275"/>
        <source>Frame: %1</source>
        <translation>抽取范围：%1</translation>
    </message>
</context>
<context>
    <name>WizardKit</name>
    <message>
        <source>Next &gt;</source>
        <translation type="vanished">下一步 &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="vanished">&lt; 上一步</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/wizard_setup.py" line="24"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/wizard_setup.py" line="25"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/wizard_setup.py" line="27"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
