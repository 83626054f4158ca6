<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DigestCopy</name>
    <message>
        <location filename="../../ui/screens/district_widgets.py" line="31"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_widgets.py" line="32"/>
        <source>Copy the whole SHA-256 (64 hex digits) to the clipboard</source>
        <translation>把完整的 SHA-256（64 位十六进制）复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>ReceiveScreen</name>
    <message>
        <location filename="../../ui/screens/receive.py" line="35"/>
        <source>Received lists</source>
        <translation>接收名单</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="38"/>
        <source>The city bureau draws the enterprises to inspect and sends this district bureau a share file (a zip): the public draw record with its SHA-256, the commitment, the district&apos;s inspections and the plan&apos;s dates. The file is checked against the draw record inside it before anything is imported; compare the SHA-256 with the one printed on the paper draw record.</source>
        <translation>检查对象由市局统一抽取，市局向本区市局发送共享文件（zip）：其中有公开的抽取记录及其 SHA-256、承诺、本区市的检查对象和计划的各项日期。导入前先用文件中的抽取记录逐项核对，核对通过才写入；请把 SHA-256 与书面抽取记录上印的核对。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="45"/>
        <source>Import a share file from the city bureau…</source>
        <translation>导入市局共享文件…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="53"/>
        <source>Draws received in this database</source>
        <translation>本库已接收的抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="55"/>
        <source>City draw no.</source>
        <translation>市局抽取号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="56"/>
        <source>Draw no. here</source>
        <translation>本库抽取号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="57"/>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="58"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="59"/>
        <source>Inspections</source>
        <translation>检查对象数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="60"/>
        <source>Received at</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="61"/>
        <source>Draw record SHA-256</source>
        <translation>抽取记录 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="85"/>
        <source>step %1 (%2)</source>
        <translation>第 %1 步“%2”</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="87"/>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="88"/>
        <source>Nothing received yet. Once the share file is imported:</source>
        <translation>尚未接收任何名单。导入共享文件后：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="91"/>
        <source>1. Import this district&apos;s own inspector register and avoidance list in %1.</source>
        <translation>1. 在%1导入本区市自己的执法检查人员名录库和回避关系名单。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="93"/>
        <source>2. Match your inspectors to the received enterprises in %1: commit the match, then run it with your witnesses&apos; numbers, as the city bureau does for its draw.</source>
        <translation>2. 在%1为接收的检查对象匹配本区市的检查人员：先提交匹配承诺，再录入本区市见证人提供的数字进行匹配，与市局抽取的做法相同。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="95"/>
        <source>3. Print the notices and forms in %1, enter and review the results, and write the return file for the city in %2, tab “Return to the city”.</source>
        <translation>3. 在%1打印检查通知书和结果记录表，录入并审核检查结果，然后在%2的“交回市局”页生成交回市局的文件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="101"/>
        <source>Share file from the city bureau</source>
        <translation>市局共享文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="101"/>
        <source>Share files (*.zip)</source>
        <translation>共享文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive.py" line="108"/>
        <source>Checking the share file…</source>
        <translation>正在核对共享文件…</translation>
    </message>
</context>
<context>
    <name>ReturnTab</name>
    <message>
        <location filename="../../ui/screens/district_return.py" line="42"/>
        <source>Once the match is done and the results are entered and reviewed, write one return file for the city bureau: the match record with the roster and avoidance list that re-compute it, the replacements and the current results. It may be written again later; the city keeps every return and uses the newest.</source>
        <translation>完成随机匹配并录入、审核检查结果后，生成一个交回市局的文件：其中有匹配记录及可据以重新计算的人员名单和回避名单、人员更换记录和当前的检查结果。以后可以再次生成；市局保留每一次交回，以最新的为准。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="49"/>
        <source>Received draw</source>
        <translation>接收的抽取</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="50"/>
        <source>Match</source>
        <translation>随机匹配</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="51"/>
        <location filename="../../ui/screens/district_return.py" line="80"/>
        <source>Results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="54"/>
        <source>Write the return file…</source>
        <translation>生成交回文件…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="61"/>
        <source>Return file written</source>
        <translation>已生成交回文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="67"/>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="71"/>
        <location filename="../../ui/screens/district_return.py" line="83"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="72"/>
        <location filename="../../ui/screens/district_return.py" line="81"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="73"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="77"/>
        <source>Returns written for this draw</source>
        <translation>本抽取已生成的交回文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="79"/>
        <source>Written at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="106"/>
        <source>The current plan was not received from the city bureau. Choose a received plan in the toolbar, or import a share file in step %1.</source>
        <translation>当前计划不是从市局接收的。请在工具栏选择接收的计划，或在第 %1 步导入市局共享文件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="113"/>
        <source>City draw no. %1 (no. %2 in this database), %3, %4 inspection(s)</source>
        <translation>市局第 %1 号抽取（本库第 %2 号），%3，%4 个检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="118"/>
        <source>Matched</source>
        <translation>已完成匹配</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="121"/>
        <source>Not matched yet (step %1)</source>
        <translation>尚未匹配（第 %1 步）</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="124"/>
        <source>entered %1, reviewed %2, returned for correction %3, not entered %4</source>
        <translation>已录入 %1，已审核 %2，已退回 %3，未录入 %4</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="139"/>
        <source>Return file for the city bureau</source>
        <translation>交回市局的文件</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="141"/>
        <source>Return files (*.zip)</source>
        <translation>交回文件 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/district_return.py" line="155"/>
        <source>%1 result(s), %2 replacement(s); city draw no. %3, %4</source>
        <translation>%1 条检查结果，%2 次人员更换；市局第 %3 号抽取，%4</translation>
    </message>
</context>
<context>
    <name>ShareCheckDialog</name>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="50"/>
        <source>Check of the share file</source>
        <translation>共享文件核对</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="53"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="59"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="60"/>
        <source>Check</source>
        <translation>核对项</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="71"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="76"/>
        <source>City draw no.</source>
        <translation>市局抽取号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="77"/>
        <source>Draw no. in this database</source>
        <translation>本库抽取号</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="78"/>
        <source>Inspections</source>
        <translation>检查对象数</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="79"/>
        <source>Plan</source>
        <translation>抽查计划</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="80"/>
        <source>Draw record SHA-256</source>
        <translation>抽取记录 SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="84"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="98"/>
        <source>All %1 checks passed: draw no. %2 of the city bureau, %3, %4 inspection(s). Import it to start this district&apos;s match.</source>
        <translation>%1 项核对全部通过：市局第 %2 号抽取，%3，%4 个检查对象。导入后即可开始本区市的随机匹配。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="104"/>
        <source>%1 of %2 checks FAILED: do not use this file, ask the city bureau for the original. Nothing is imported.</source>
        <translation>%2 项核对中有 %1 项未通过：请勿使用此文件，向市局索取原文件。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="128"/>
        <source>This share was imported before; nothing changed.</source>
        <translation>此共享文件以前已导入，未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/receive_check.py" line="130"/>
        <source>Imported. The received plan is now the current plan.</source>
        <translation>已导入。接收的计划已设为当前计划。</translation>
    </message>
</context>
<context>
    <name>ShareOperations</name>
    <message>
        <location filename="../../ui/operations/share.py" line="26"/>
        <location filename="../../ui/operations/share.py" line="29"/>
        <source>Importing the share file…</source>
        <translation>正在导入共享文件…</translation>
    </message>
    <message>
        <location filename="../../ui/operations/share.py" line="37"/>
        <location filename="../../ui/operations/share.py" line="40"/>
        <source>Writing the return file…</source>
        <translation>正在生成交回文件…</translation>
    </message>
</context>
</TS>
