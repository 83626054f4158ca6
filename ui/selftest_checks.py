"""The GUI's part of --self-test: Qt, its plugins, our fonts and translations, QtPdf.

app.selftest runs the core steps; these extra checks prove that a frozen build
also carries what the window needs (a bundle can pass the core and still fail
to show Chinese or open a PDF).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from app.selftest import StepFailed
from ui import i18n
from ui.startup import load_bundled_fonts


def _check_qt(ctx) -> str:
    # Before the QApplication exists: the self-test runs without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["spotcheck-selftest"])
    families = load_bundled_fonts(app)
    translators = i18n.install_translators(app, "zh_CN")
    try:
        if QCoreApplication.translate("Steps", "Random draw") != "随机抽取":
            raise StepFailed("界面中文翻译未能载入 / zh_CN translation missing")
        qt_context = "QPlatformTheme"   # Qt's own string: kept out of our .ts by not being a literal
        if QCoreApplication.translate(qt_context, "Cancel") != "取消":
            raise StepFailed("Qt 自带中文翻译未能载入 / qtbase_zh_CN missing")
        dialog_context = "QFileDialog"   # the file dialog's labels that qtbase lacks: resources/i18n/qtdialogs
        if QCoreApplication.translate(dialog_context, "&Look in:") != "查找范围(&L)：":
            raise StepFailed("文件对话框中文翻译未能载入 / qtdialogs_zh_CN missing")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    detail = f"字体 {', '.join(families) or '系统字体'}；中文翻译已载入"
    if ctx.notice_pdf is not None:
        document = QPdfDocument()
        if document.load(str(ctx.notice_pdf)) != QPdfDocument.Error.None_:
            raise StepFailed(f"QtPdf 无法打开 {ctx.notice_pdf.name}")
        image = document.render(0, QSize(400, 560))
        if image.isNull():
            raise StepFailed("QtPdf 无法渲染第 1 页")
        detail += f"；QtPdf 打开通知书（{document.pageCount()} 页）"
    return detail


CHECKS = [("界面组件 / Qt widgets, fonts, translations, QtPdf", _check_qt)]
