// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog as a user fills it in: what it hands to the exporter, and what it refuses.

#include "views/export/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Summit;

/** Tests of ExportDialog. */
class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsFromTheDefaults();
    void extentOnlyForViewsThatOfferIt();
    void extentChoiceAndItsSize();
    void sourceLineFollowsTheExtent();
    void formatFollowsTheExtensionAndBack_data();
    void formatFollowsTheExtensionAndBack();
    void portraitPaperForPdf();
    void formatFollowsATypedExtension_data();
    void formatFollowsATypedExtension();
    void extensionOfAFormatNotOfferedIsRefused();
    void pdfDefaultsToPaper_data();
    void pdfDefaultsToPaper();
    void tooLargeImageCannotBeSaved();
    void labelsOfRowsWithSeveralWidgetsHaveBuddies();
    void existingFileIsReplacedOnlyWhenConfirmed_data();
    void existingFileIsReplacedOnlyWhenConfirmed();
    void closingWhileTypingAPathDoesNotRunItsSlots();

private:
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QPushButton *saveButton() const
    {
        return m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    QTemporaryDir m_dir;
    ExportDialog *m_dialog = nullptr;
};

void TestExportDialog::init()
{
    ExportOptions defaults;
    defaults.path = m_dir.filePath(QStringLiteral("map.png"));
    defaults.size = QSize(1200, 800);
    defaults.title = QStringLiteral("CIS membership on 22 Dec 2025");
    defaults.sourceLine = QStringLiteral("Sources: Anadolu Agency, 22 Dec 2025");
    m_dialog = new ExportDialog(defaults);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestExportDialog::cleanup()
{
    delete m_dialog;
}

void TestExportDialog::startsFromTheDefaults()
{
    const ExportOptions options = m_dialog->options();
    QCOMPARE(options.format, ExportOptions::Format::Png);
    QCOMPARE(options.size, QSize(1200, 800));
    QCOMPARE(options.title, QStringLiteral("CIS membership on 22 Dec 2025"));
    QCOMPARE(options.sourceLine, QStringLiteral("Sources: Anadolu Agency, 22 Dec 2025"));
    QVERIFY(!options.pageSize);
    QVERIFY(!options.extent);
    QVERIFY(child<QLabel>("pixels")->text().contains(QStringLiteral("1200 × 800 pixels")));
    // Both long texts show their beginning; the title is the user's to edit.
    QCOMPARE(child<QLineEdit>("sourceLine")->cursorPosition(), 0);
    QLineEdit *title = child<QLineEdit>("title");
    QCOMPARE(title->cursorPosition(), 0);
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Who came in 2025"));
    QCOMPARE(m_dialog->options().title, QStringLiteral("Who came in 2025"));
}

void TestExportDialog::extentOnlyForViewsThatOfferIt()
{
    // The map offers no choice: the row is hidden and the options carry none.
    QVERIFY(!child<QComboBox>("extent")->isVisible());
    ExportOptions defaults;
    defaults.path = m_dir.filePath(QStringLiteral("timeline.png"));
    defaults.extent = ExportOptions::Extent::Visible;
    ExportDialog timeline(defaults);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    auto *extent = timeline.findChild<QComboBox *>(QStringLiteral("extent"));
    QVERIFY(extent && extent->isVisible());
    QVERIFY(timeline.options().extent == ExportOptions::Extent::Visible);
}

void TestExportDialog::extentChoiceAndItsSize()
{
    ExportOptions defaults;
    defaults.path = m_dir.filePath(QStringLiteral("timeline.png"));
    defaults.size = QSize(6400, 900);
    defaults.extent = ExportOptions::Extent::Full;
    ExportDialog dialog(defaults);
    dialog.setExtentSizes(QSize(6400, 900), QSize(1600, 900));
    auto *extent = dialog.findChild<QComboBox *>(QStringLiteral("extent"));
    QVERIFY(extent);
    QVERIFY(dialog.options().extent == ExportOptions::Extent::Full);
    QCOMPARE(dialog.options().size, QSize(6400, 900));
    // The size follows the extent while it is the view's own...
    extent->setCurrentIndex(int(ExportOptions::Extent::Visible));
    QVERIFY(dialog.options().extent == ExportOptions::Extent::Visible);
    QCOMPARE(dialog.options().size, QSize(1600, 900));
    extent->setCurrentIndex(int(ExportOptions::Extent::Full));
    QCOMPARE(dialog.options().size, QSize(6400, 900));
    // ...and a size the user chose stays.
    dialog.findChild<QSpinBox *>(QStringLiteral("width"))->setValue(3000);
    extent->setCurrentIndex(int(ExportOptions::Extent::Visible));
    QCOMPARE(dialog.options().size, QSize(3000, 900));
    QVERIFY(dialog.options().extent == ExportOptions::Extent::Visible);
}

void TestExportDialog::sourceLineFollowsTheExtent()
{
    ExportOptions defaults;
    defaults.path = m_dir.filePath(QStringLiteral("timeline.png"));
    defaults.extent = ExportOptions::Extent::Full;
    defaults.sourceLine = QStringLiteral("Sources: A; B.");
    ExportDialog dialog(defaults);
    dialog.setExtentSourceLines(QStringLiteral("Sources: A; B."), QStringLiteral("Sources: B."));
    auto *extent = dialog.findChild<QComboBox *>(QStringLiteral("extent"));
    auto *line = dialog.findChild<QLineEdit *>(QStringLiteral("sourceLine"));
    QVERIFY(extent && line);
    QCOMPARE(dialog.options().sourceLine, QStringLiteral("Sources: A; B."));
    // The window shown cites only what it shows...
    extent->setCurrentIndex(int(ExportOptions::Extent::Visible));
    QCOMPARE(dialog.options().sourceLine, QStringLiteral("Sources: B."));
    QCOMPARE(line->cursorPosition(), 0); // its beginning in view, not its last words
    extent->setCurrentIndex(int(ExportOptions::Extent::Full));
    QCOMPARE(dialog.options().sourceLine, QStringLiteral("Sources: A; B."));
    // ...and a line the user wrote stays whatever the extent.
    line->setText(QStringLiteral("Sources: my own."));
    extent->setCurrentIndex(int(ExportOptions::Extent::Visible));
    QCOMPARE(dialog.options().sourceLine, QStringLiteral("Sources: my own."));
}

void TestExportDialog::formatFollowsTheExtensionAndBack_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("format");
    QTest::newRow("svg") << QStringLiteral("chart.svg") << int(ExportOptions::Format::Svg);
    QTest::newRow("pdf, any case")
        << QStringLiteral("chart.PDF") << int(ExportOptions::Format::Pdf);
    QTest::newRow("png") << QStringLiteral("chart.png") << int(ExportOptions::Format::Png);
}

void TestExportDialog::formatFollowsTheExtensionAndBack()
{
    QFETCH(QString, typed);
    QFETCH(int, format);
    QLineEdit *path = child<QLineEdit>("path");
    path->clear();
    QTest::keyClicks(path, m_dir.filePath(typed));
    QTest::keyClick(path, Qt::Key_Tab); // editing finished
    QCOMPARE(int(m_dialog->options().format), format);
    // Choosing a format in the combo puts its extension on the file name.
    QComboBox *formats = child<QComboBox>("format");
    formats->setCurrentIndex(int(ExportOptions::Format::Svg));
    QVERIFY2(m_dialog->options().path.endsWith(QStringLiteral(".svg")),
        qPrintable(m_dialog->options().path));
}

void TestExportDialog::portraitPaperForPdf()
{
    QComboBox *paper = child<QComboBox>("paper");
    QComboBox *orientation = child<QComboBox>("orientation");
    QVERIFY(!paper->isEnabled()); // PNG: pixels only
    child<QComboBox>("format")->setCurrentIndex(int(ExportOptions::Format::Pdf));
    QVERIFY(paper->isEnabled());
    // A PDF goes on paper unless the user asks for pixels.
    QCOMPARE(paper->currentData().toInt(), int(ExportDialog::defaultPaper()));
    QVERIFY(orientation->isEnabled());
    QVERIFY(!child<QSpinBox>("width")->isEnabled());
    paper->setCurrentIndex(paper->findData(int(QPageSize::A4)));
    orientation->setCurrentIndex(orientation->findText(QStringLiteral("Portrait")));
    const ExportOptions options = m_dialog->options();
    QVERIFY(options.pageSize);
    QCOMPARE(options.pageSize->id(), QPageSize::A4);
    QVERIFY(!options.landscape);
    // "Size in pixels" has no orientation, and takes the size boxes.
    paper->setCurrentIndex(paper->findData(-1));
    QVERIFY(!orientation->isEnabled());
    QVERIFY(child<QSpinBox>("width")->isEnabled());
    QVERIFY(!m_dialog->options().pageSize);
}

void TestExportDialog::formatFollowsATypedExtension_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<bool>("offersTable");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("shown");
    const int png = int(ExportOptions::Format::Png);
    const int pdf = int(ExportOptions::Format::Pdf);
    // The case a user met: the last export was a PDF, and they typed a PNG's name.
    QTest::newRow(".png over PDF") << pdf << false << "x.png" << png << "PNG image";
    QTest::newRow(".svg over PDF")
        << pdf << false << "x.svg" << int(ExportOptions::Format::Svg) << "SVG drawing";
    QTest::newRow(".pdf over PNG") << png << false << "x.pdf" << pdf << "PDF document";
    QTest::newRow(".PNG, upper case") << pdf << false << "x.PNG" << png << "PNG image";
    QTest::newRow(".csv for a table")
        << png << true << "rows.csv" << int(ExportOptions::Format::Csv) << "CSV table (the rows)";
}

void TestExportDialog::formatFollowsATypedExtension()
{
    QFETCH(int, start);
    QFETCH(bool, offersTable);
    QFETCH(QString, typed);
    QFETCH(int, format);
    QFETCH(QString, shown);
    ExportOptions defaults;
    defaults.path = m_dir.filePath(QStringLiteral("view.png"));
    defaults.format = ExportOptions::Format(start);
    defaults.offersTable = offersTable;
    ExportDialog dialog(defaults);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("path"));
    auto *formats = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    QCOMPARE(formats->findText(QStringLiteral("CSV table (the rows)")) >= 0, offersTable);
    path->setFocus();
    path->selectAll();
    // Typed, not yet left: the format shown is already the one that will be written.
    QTest::keyClicks(path, m_dir.filePath(typed));
    QCOMPARE(formats->currentText(), shown);
    QCOMPARE(int(dialog.options().format), format);
    QCOMPARE(dialog.options().path, m_dir.filePath(typed));
    // A CSV takes no size, title or source line.
    const bool csv = format == int(ExportOptions::Format::Csv);
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("width"))->isEnabled(),
        !csv && format != int(ExportOptions::Format::Pdf));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("title"))->isEnabled(), !csv);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("csvNote"))->isVisible(), csv);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(int(dialog.options().format), format);
}

void TestExportDialog::extensionOfAFormatNotOfferedIsRefused()
{
    // The map has no table: a .csv name would get a PNG inside.
    QLineEdit *path = child<QLineEdit>("path");
    path->setFocus();
    path->selectAll();
    QTest::keyClicks(path, m_dir.filePath(QStringLiteral("map.csv")));
    QCOMPARE(m_dialog->options().format, ExportOptions::Format::Png);
    m_dialog->setResult(QDialog::Rejected);
    QString message;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        message = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    m_dialog->accept();
    QCOMPARE(message,
        QStringLiteral("This view cannot be written as CSV: name the file .png, or choose another "
                       "view."));
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestExportDialog::pdfDefaultsToPaper_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("paper");
    QTest::newRow("United Kingdom: A4") << "en_GB" << int(QPageSize::A4);
    QTest::newRow("Germany: A4") << "de_DE" << int(QPageSize::A4);
    QTest::newRow("United States: Letter") << "en_US" << int(QPageSize::Letter);
}

void TestExportDialog::pdfDefaultsToPaper()
{
    QFETCH(QString, locale);
    QFETCH(int, paper);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    ExportOptions defaults;
    defaults.path = m_dir.filePath(QStringLiteral("comparison.pdf"));
    defaults.format = ExportOptions::Format::Pdf;
    defaults.size = QSize(1600, 1000);
    ExportDialog dialog(defaults);
    QLocale::setDefault(before);
    const ExportOptions options = dialog.options();
    QVERIFY(options.pageSize);
    QCOMPARE(int(options.pageSize->id()), paper);
    QVERIFY(options.landscape);
    QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("width"))->isEnabled());
}

void TestExportDialog::tooLargeImageCannotBeSaved()
{
    QVERIFY(saveButton()->isEnabled());
    // 12000 × 9000 is 108 megapixels, over the limit of 100.
    child<QSpinBox>("width")->setValue(12000);
    child<QSpinBox>("height")->setValue(9000);
    QVERIFY(!saveButton()->isEnabled());
    const QString text = child<QLabel>("pixels")->text();
    QVERIFY2(text.contains(QStringLiteral("over the limit of 100 megapixels")), qPrintable(text));
    // The same size at half scale is 27 megapixels: allowed again.
    child<QDoubleSpinBox>("scale")->setValue(0.5);
    QVERIFY(saveButton()->isEnabled());
    QVERIFY(!child<QLabel>("pixels")->text().contains(QStringLiteral("limit")));
    // A PDF is not a raster image: the pixel limit does not apply.
    child<QDoubleSpinBox>("scale")->setValue(1.0);
    child<QComboBox>("format")->setCurrentIndex(int(ExportOptions::Format::Pdf));
    QVERIFY(saveButton()->isEnabled());
}

void TestExportDialog::labelsOfRowsWithSeveralWidgetsHaveBuddies()
{
    const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
    for (const char *text : { "&File:", "&Page:", "&Size:" }) {
        const auto it = std::find_if(labels.cbegin(), labels.cend(),
            [text](const QLabel *label) { return label->text() == QLatin1String(text); });
        QVERIFY2(it != labels.cend(), text);
        QVERIFY2((*it)->buddy(), text);
    }
}

void TestExportDialog::existingFileIsReplacedOnlyWhenConfirmed_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("result");
    QTest::newRow("no keeps the dialog open") << int(QMessageBox::No) << int(QDialog::Rejected);
    QTest::newRow("yes replaces") << int(QMessageBox::Yes) << int(QDialog::Accepted);
}

void TestExportDialog::existingFileIsReplacedOnlyWhenConfirmed()
{
    QFETCH(int, answer);
    QFETCH(int, result);
    const QString existing = m_dir.filePath(QStringLiteral("existing.png"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QLineEdit *path = child<QLineEdit>("path");
    path->setText(existing);
    m_dialog->setResult(QDialog::Rejected);
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = box->text().contains(QStringLiteral("already exists"));
        box->button(QMessageBox::StandardButton(answer))->click();
    });
    m_dialog->accept();
    QVERIFY(asked);
    QCOMPARE(m_dialog->result(), result);
}

void TestExportDialog::closingWhileTypingAPathDoesNotRunItsSlots()
{
    // Regression: destroying the dialog while the path field has focus and an edited text made
    // the field emit editingFinished from inside QWidget's destructor, which ran
    // syncFormatFromPath on an object that was no longer an ExportDialog (a UBSan report in the
    // asan build, and a format change on a dying dialog in any build).
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    auto *path = child<QLineEdit>("path");
    auto *format = child<QComboBox>("format");
    path->setFocus();
    QVERIFY(path->hasFocus());
    path->selectAll();
    QTest::keyClicks(path, m_dir.filePath(QStringLiteral("typed.svg")));
    QCOMPARE(format->currentIndex(), int(ExportOptions::Format::Svg)); // follows as typed
    QSignalSpy formatChanges(format, &QComboBox::currentIndexChanged);
    delete m_dialog;
    m_dialog = nullptr;
    QCOMPARE(formatChanges.count(), 0);
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
