<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DocumentOperations</name>
    <message>
        <location filename="../../ui/operations/docs.py" line="24"/>
        <source>Generating documents…</source>
        <translation>正在生成文书…</translation>
    </message>
</context>
<context>
    <name>DocumentsScreen</name>
    <message>
        <location filename="../../ui/screens/documents.py" line="88"/>
        <source>Draw:</source>
        <translation>抽取批次：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="94"/>
        <source>Document:</source>
        <translation>文书种类：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="97"/>
        <source>Which inspections</source>
        <translation>生成范围</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="99"/>
        <source>All inspections of the draw</source>
        <translation>本次抽取的全部检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="100"/>
        <source>One district:</source>
        <translation>指定区市：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="101"/>
        <source>The inspections selected below</source>
        <translation>下表中选中的检查对象</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="115"/>
        <source>District</source>
        <translation>区市</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="115"/>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="115"/>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="116"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="127"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="131"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="136"/>
        <source>Generate PDF</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="153"/>
        <source>Generated files:</source>
        <translation>已生成的文件：</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="162"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="164"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="189"/>
        <source>Draw No. %1 — %2</source>
        <translation>第 %1 号抽取 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="202"/>
        <source>No drawn draw yet: documents are made after the random draw.</source>
        <translation>尚无已完成的抽取：文书须在随机抽取之后生成。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="224"/>
        <source>Folder for the documents</source>
        <translation>选择文书保存文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="246"/>
        <source>Select at least one inspection in the table, or choose all.</source>
        <translation>请在表中至少选择一个检查对象，或选择“全部”。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="255"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="265"/>
        <source>Files written: %1, in %2</source>
        <translation>已生成 %1 个文件，保存在 %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/documents.py" line="293"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
</TS>
