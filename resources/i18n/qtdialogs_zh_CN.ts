<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Qt's own strings that the qtbase_zh_CN.qm shipped with PySide6 leaves in English (Qt 6 added the
  mnemonics "&Look in:" and "Files of &type:" to QFileDialog; the Chinese catalogue still has the old
  texts without "&"; the file list's type column, QAbstractFileIconProvider's "Folder", has no Chinese at all).
  No comment (disambiguation) is given: Qt falls back to these for any platform's comment. Written by hand: no source file of ours holds these strings, so `python -m ui.i18n
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
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>替身</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
</TS>
