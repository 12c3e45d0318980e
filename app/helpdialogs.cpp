// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/helpdialogs.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Summit::HelpDialogs {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void collect(const QMenu *menu, const QString &path, QList<Shortcut> *result)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString command = path + QStringLiteral(" \u203a ") + plainText(action);
        if (action->menu()) {
            collect(action->menu(), command, result);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys << sequence.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            result->append({ command, keys.join(QStringLiteral(", ")) });
    }
}

void showHtml(QWidget *parent, const QString &title, const QString &html, const QSize &size)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *text = new QTextBrowser(&dialog);
    text->setOpenExternalLinks(true);
    text->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(size);
    dialog.exec();
}

} // namespace

QList<Shortcut> shortcuts(const QMenuBar *menuBar)
{
    QList<Shortcut> result;
    for (const QAction *action : menuBar->actions()) {
        if (action->menu())
            collect(action->menu(), plainText(action), &result);
    }
    return result;
}

QString shortcutsHtml(const QList<Shortcut> &shortcuts)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='4'>");
    for (const Shortcut &shortcut : shortcuts) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(shortcut.command.toHtmlEscaped(), shortcut.keys.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString userGuideHtml()
{
    return QObject::tr(
        "<h3>Summit Viewer in brief</h3>"
        "<p>Summit Viewer shows what the news reports say about the informal summits of the CIS "
        "leaders in St. Petersburg. Every fact names the report and paragraph it comes from; "
        "what no report says is shown as unknown, never guessed.</p>"
        "<h4>The tabs</h4>"
        "<ul>"
        "<li><b>Timeline</b>: the events of each summit on a time axis. Drag to pan, use the "
        "wheel or the buttons to zoom; the empty months between summits are folded.</li>"
        "<li><b>Events</b>: every event in a table; click a heading to sort.</li>"
        "<li><b>Map</b>: CIS membership on a date and who attended a summit. Click a country "
        "to filter the events to it; click it again to clear the filter.</li>"
        "<li><b>Trade</b>: the trade figures the leaders cited, grouped by what they measure. "
        "A value can be corrected in the table below the chart (Edit &gt; Undo takes it "
        "back).</li>"
        "<li><b>Compare</b>: two summits side by side, the differences highlighted.</li>"
        "<li><b>Reports</b>: facts that several reports state, where they agree and where they "
        "differ.</li>"
        "</ul>"
        "<h4>Filters, details and sources</h4>"
        "<p>The bar above the tabs filters the events by text, summit, country, person and "
        "kind. The pane on the right shows what you clicked, with its sources; drag the divider "
        "to widen it. A paragraph number there is a link: it opens that paragraph from your "
        "copy of the report (Help &gt; Sources lists the reports). Edit &gt; Copy with Citation "
        "puts the fact shown, with its source, on the clipboard.</p>"
        "<h4>Files</h4>"
        "<p>File &gt; Open Dataset opens a data file (also by dropping it on the window, or by "
        "naming it on the command line); File &gt; Open Recent lists the last ones. File &gt; "
        "Export writes the current view as PNG, SVG or PDF, and File &gt; Print prints it.</p>");
}

void showKeyboardShortcuts(const QMenuBar *menuBar, QWidget *parent)
{
    showHtml(parent, QObject::tr("Keyboard Shortcuts"), shortcutsHtml(shortcuts(menuBar)),
        QSize(520, 560));
}

void showUserGuide(QWidget *parent)
{
    showHtml(parent, QObject::tr("Summit Viewer User Guide"), userGuideHtml(), QSize(640, 600));
}

} // namespace Summit::HelpDialogs
