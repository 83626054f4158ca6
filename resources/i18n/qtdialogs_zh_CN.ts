<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Qt's own strings that the qtbase_zh_CN.qm shipped with PySide6 leaves in English (Qt 6 added the
  mnemonics "&Look in:" and "Files of &type:" to QFileDialog; the Chinese catalogue still has the old
  texts without "&"). Written by hand: no source file of ours holds these strings, so `python -m ui.i18n
  update` never touches this file; `build` compiles it with the others and the loader installs it before
  qtbase_zh_CN.qm, which therefore wins wherever it has a translation.
-->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
</TS>
