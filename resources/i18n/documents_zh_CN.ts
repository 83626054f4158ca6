<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DocumentOperations</name>
    <message>
        <location filename="../../ui/operations/docs.py" line="23"/>
        <source>Generating documents…</source>
        <translation>正在生成文书…</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../../ui/screens/documents.py" line="103"/>
        <source>Draw:</source>
        <translation>抽取批次：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="109"/>
        <source>Document:</source>
        <translation>文书种类：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="112"/>
        <source>Which inspections</source>
        <translation>生成范围</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="114"/>
        <source>All inspections of the draw</source>
        <translation>本次抽取的全部检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="115"/>
        <source>One district:</source>
        <translation>指定区市：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="116"/>
        <source>The inspections selected below</source>
        <translation>下表中选中的检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="135"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="135"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="135"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="136"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="147"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="151"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="156"/>
        <source>Generate PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="173"/>
        <source>Generated files:</source>
        <translation>已生成的文件：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="182"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="184"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="202"/>
        <source>Print documents — %1</source>
        <translation>打印文书 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="203"/>
        <source>Print documents — all plans</source>
        <translation>打印文书 — 全部计划</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="212"/>
        <source>Draw No. %1 — %2</source>
        <translation>第 %1 号抽取 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="229"/>
        <source>No drawn draw yet: documents are made after the random draw.</source>
        <translation>尚无已完成的抽取：文书须在随机抽取之后生成。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="245"/>
        <source>Draw no. %1 has no inspection in %2: the scope is back to all inspections.</source>
        <translation>第 %1 号抽取在%2没有检查对象：范围已改回“全部检查对象”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="266"/>
        <source>Folder for the documents</source>
        <translation>选择文书保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="288"/>
        <source>Select at least one inspection in the table, or choose all.</source>
        <translation>请在表中至少选择一个检查对象，或选择“全部”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="290"/>
        <source>Generate documents</source>
        <translation>生成文书</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="304"/>
        <source>Generate the %1 of draw no. %2?</source>
        <translation>生成第 %2 号抽取的%1？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="306"/>
        <source>Generate %1 %2 for the %1 selected inspection(s)?</source>
        <translation>为选中的 %1 个检查对象生成 %1 份%2？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="314"/>
        <source>Generate %1 %2 for %3?</source>
        <translation>为%3生成 %1 份%2？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="316"/>
        <source>Generate %1 %2 for all inspections of draw no. %3?</source>
        <translation>为第 %3 号抽取的全部检查对象生成 %1 份%2？</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="320"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="330"/>
        <source>Files written: %1, in %2</source>
        <translation>已生成 %1 个文件，保存在 %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="358"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
</TS>
