<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help/hook.py" line="27"/>
        <source>Help for this page</source>
        <translation>本页说明</translation>
    </message>
    <message>
        <location filename="../../ui/help/hook.py" line="32"/>
        <source>What this page does and what you need ready (F1)</source>
        <translation>这一页做什么、要准备好什么（F1）</translation>
    </message>
    <message>
        <location filename="../../ui/help/hook.py" line="34"/>
        <source>User guide…</source>
        <translation>用户手册…</translation>
    </message>
    <message>
        <location filename="../../ui/help/hook.py" line="37"/>
        <source>Verification guide for witnesses…</source>
        <translation>见证人验证指南…</translation>
    </message>
    <message>
        <location filename="../../ui/help/hook.py" line="45"/>
        <location filename="../../ui/help/hook.py" line="74"/>
        <location filename="../../ui/help/hook.py" line="80"/>
        <location filename="../../ui/help/viewer.py" line="37"/>
        <location filename="../../ui/help/viewer.py" line="66"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../ui/help/viewer.py" line="48"/>
        <location filename="../../ui/help/viewer.py" line="94"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/help/viewer.py" line="49"/>
        <source>Open the user guide</source>
        <translation>打开用户手册</translation>
    </message>
    <message>
        <location filename="../../ui/help/viewer.py" line="67"/>
        <source>This window has no help text; see the user guide.</source>
        <translation>这个窗口没有单独的说明，请看用户手册。</translation>
    </message>
    <message>
        <location filename="../../ui/help/viewer.py" line="97"/>
        <source>Open the PDF for printing</source>
        <translation>打开 PDF 版（打印用）</translation>
    </message>
    <message>
        <location filename="../../ui/help/viewer.py" line="108"/>
        <source>User guide</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <location filename="../../ui/help/viewer.py" line="109"/>
        <source>The guide was not found: %1</source>
        <translation>找不到说明文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/help/viewer.py" line="114"/>
        <source>No PDF viewer opened the file; it is here: %1</source>
        <translation>没有能打开 PDF 的程序；文件在：%1</translation>
    </message>
</context>
</TS>
