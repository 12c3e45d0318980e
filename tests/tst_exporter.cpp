// SPDX-License-Identifier: GPL-3.0-or-later
// The common export path: file formats, sizes, title and source line, and no half-written files.

#include "models/dataset.h"
#include "models/datasetreader.h"
#include "views/export/exportable.h"
#include "views/export/exporter.h"

#include <QDomDocument>
#include <QFile>
#include <QFontInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Summit;

namespace {

/** A view with known content: a blue rectangle filling the content area. */
class Swatch : public Exportable
{
public:
    QString exportName() const override { return QStringLiteral("swatch"); }
    QString exportTitle() const override { return QStringLiteral("Swatch title"); }
    QStringList citedDocuments(ExportExtent) const override
    {
        return { QStringLiteral("anadolu-2025-12-22") };
    }
    void renderContent(QPainter *painter, const QRectF &target, ExportExtent) override
    {
        lastTarget = target;
        painter->fillRect(target, QColor(0, 0, 255));
    }
    QRectF lastTarget;
};

/**
 * A view that offers the extent choice and shows which one it was asked for: all of it is
 * green and cites two documents; the visible window is red, narrower and cites one.
 */
class TwoExtents : public Swatch
{
public:
    bool offersExtentChoice() const override { return true; }
    QSize preferredExportSize(ExportExtent extent) const override
    {
        return extent == ExportExtent::Full ? QSize(3000, 700) : QSize(1200, 700);
    }
    QStringList citedDocuments(ExportExtent extent) const override
    {
        if (extent == ExportExtent::Visible)
            return { QStringLiteral("report-2023") };
        return { QStringLiteral("report-2023"), QStringLiteral("anadolu-2025-12-22") };
    }
    void renderContent(QPainter *painter, const QRectF &target, ExportExtent extent) override
    {
        painter->fillRect(target, extent == ExportExtent::Full ? Qt::green : Qt::red);
    }
};

/** A view that writes its captions the way views do: a fresh QFont, here the app's default. */
class Captions : public Exportable
{
public:
    QString exportName() const override { return QStringLiteral("captions"); }
    QString exportTitle() const override { return QStringLiteral("Captions"); }
    QStringList citedDocuments(ExportExtent) const override { return {}; }
    void renderContent(QPainter *painter, const QRectF &target, ExportExtent) override
    {
        // The contract: the painter's font on entry is the smallest legible text.
        painter->drawText(target.topLeft() + QPointF(0, 20), QStringLiteral("from the painter"));
        painter->setFont(QFont());
        painter->drawText(target.topLeft() + QPointF(0, 60), QStringLiteral("default font"));
        QFont mono(QStringLiteral("Monospace"));
        mono.setStyleHint(QFont::Monospace);
        painter->setFont(mono);
        painter->drawText(target.topLeft() + QPointF(0, 100), QStringLiteral("monospace"));
    }
};

/** A font attribute of an SVG text: on the element, or on the group that holds it. */
QString fontAttribute(QDomElement element, const QString &name)
{
    for (; !element.isNull(); element = element.parentNode().toElement()) {
        if (element.hasAttribute(name))
            return element.attribute(name);
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/** Tests of Exporter. */
class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void formatFromExtension_data();
    void formatFromExtension();
    void sizeParsing_data();
    void sizeParsing();
    void pngHasTheAskedSize_data();
    void pngHasTheAskedSize();
    void svgHasTitleAndSources();
    void pdfHasOnePageOfTheAskedSize();
    void sourceLineNamesTheDocuments();
    void requestFollowsTheExtent_data();
    void requestFollowsTheExtent();
    void unwritablePathLeavesNoFile();
    void failedExportKeepsTheOldFile();
    void failureMidwayKeepsTheOldFile();
    void overlyLargeImageIsRefused();
    void svgNamesRealFontFamilies();
    void fontFallbacks_data();
    void fontFallbacks();
    void textIsLegibleAtSmallSizes_data();
    void textIsLegibleAtSmallSizes();
    void pdfOnPaper_data();
    void pdfOnPaper();

private:
    ExportOptions options(const QString &name) const;

    QTemporaryDir m_dir;
    Swatch m_swatch;
};

ExportOptions TestExporter::options(const QString &name) const
{
    ExportOptions options;
    options.path = m_dir.filePath(name);
    options.format = *Exporter::formatForPath(name);
    options.size = QSize(800, 500);
    options.title = QStringLiteral("Swatch title");
    options.sourceLine = QStringLiteral("Sources: Anadolu Agency, 22 Dec 2025");
    return options;
}

void TestExporter::formatFromExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: refused
    QTest::newRow("png") << "a/b.png" << int(ExportOptions::Format::Png);
    QTest::newRow("upper case") << "B.PNG" << int(ExportOptions::Format::Png);
    QTest::newRow("svg") << "x.svg" << int(ExportOptions::Format::Svg);
    QTest::newRow("pdf") << "x.pdf" << int(ExportOptions::Format::Pdf);
    QTest::newRow("gif") << "x.gif" << -1;
    QTest::newRow("none") << "x" << -1;
}

void TestExporter::formatFromExtension()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto result = Exporter::formatForPath(path);
    QCOMPARE(result ? int(*result) : -1, format);
}

void TestExporter::sizeParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size"); // invalid: refused
    QTest::newRow("plain") << "1600x1000" << QSize(1600, 1000);
    QTest::newRow("capital X") << "640X480" << QSize(640, 480);
    QTest::newRow("too small") << "15x100" << QSize();
    QTest::newRow("too large") << "20001x100" << QSize();
    QTest::newRow("negative") << "-5x100" << QSize();
    QTest::newRow("words") << "big" << QSize();
    QTest::newRow("one side") << "800" << QSize();
}

void TestExporter::sizeParsing()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QCOMPARE(Exporter::parseSize(text).value_or(QSize()), size);
}

void TestExporter::pngHasTheAskedSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::newRow("800x500") << QSize(800, 500) << 1.0;
    QTest::newRow("larger than any screen") << QSize(5000, 3000) << 1.0;
    QTest::newRow("double scale") << QSize(400, 300) << 2.0;
}

void TestExporter::pngHasTheAskedSize()
{
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    ExportOptions png = options(QStringLiteral("out.png"));
    png.size = size;
    png.scale = scale;
    QString error;
    QVERIFY2(Exporter::write(m_swatch, png, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(png.path, "PNG"));
    QCOMPARE(image.size(), size * scale);
    // The content sits below the title and above the source line, inside the image.
    QVERIFY(m_swatch.lastTarget.top() > 10);
    QVERIFY(m_swatch.lastTarget.bottom() < size.height() - 10);
    const QPoint middle = (m_swatch.lastTarget.center() * scale).toPoint();
    QCOMPARE(image.pixelColor(middle), QColor(0, 0, 255));
}

void TestExporter::svgHasTitleAndSources()
{
    const ExportOptions svg = options(QStringLiteral("out.svg"));
    QString error;
    QVERIFY2(Exporter::write(m_swatch, svg, &error), qPrintable(error));
    const QByteArray data = readAll(svg.path);
    QDomDocument document;
    QVERIFY(document.setContent(data));
    QCOMPARE(document.documentElement().tagName(), QStringLiteral("svg"));
    QCOMPARE(document.documentElement().attribute(QStringLiteral("viewBox")),
        QStringLiteral("0 0 800 500"));
    QVERIFY(data.contains("Swatch title"));
    QVERIFY(data.contains("Sources: Anadolu Agency"));
}

void TestExporter::pdfHasOnePageOfTheAskedSize()
{
    const ExportOptions pdf = options(QStringLiteral("out.pdf"));
    QString error;
    QVERIFY2(Exporter::write(m_swatch, pdf, &error), qPrintable(error));
    const QByteArray data = readAll(pdf.path);
    QVERIFY(data.startsWith("%PDF-"));
    QCOMPARE(data.count("/Type /Page\n") + data.count("/Type /Page "), 1);
    // 800x500 pixels at 96 dpi is 600x375 points.
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"));
    const auto match = mediaBox.match(QString::fromLatin1(data));
    QVERIFY(match.hasMatch());
    QCOMPARE(qRound(match.captured(1).toDouble()), 600);
    QCOMPARE(qRound(match.captured(2).toDouble()), 375);
}

void TestExporter::sourceLineNamesTheDocuments()
{
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    const QString line
        = Exporter::sourceLine(*result.dataset, m_swatch.citedDocuments(ExportExtent::Full));
    QVERIFY2(line.contains(QStringLiteral("Anadolu Agency, 22 Dec 2025")), qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("undated")));
}

void TestExporter::requestFollowsTheExtent_data()
{
    QTest::addColumn<bool>("offersChoice");
    QTest::addColumn<ExportExtent>("asked");
    QTest::addColumn<bool>("carriesExtent");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("documents");
    QTest::addColumn<QColor>("painted");
    QTest::newRow("offers the choice, full")
        << true << ExportExtent::Full << true << QSize(3000, 700) << 2 << QColor(Qt::green);
    QTest::newRow("offers the choice, visible")
        << true << ExportExtent::Visible << true << QSize(1200, 700) << 1 << QColor(Qt::red);
    // A view without the choice exports all of it whatever is asked, and says no extent.
    QTest::newRow("no choice, visible asked")
        << false << ExportExtent::Visible << false << QSize(1600, 1000) << 1 << QColor(Qt::blue);
}

void TestExporter::requestFollowsTheExtent()
{
    QFETCH(bool, offersChoice);
    QFETCH(ExportExtent, asked);
    QFETCH(bool, carriesExtent);
    QFETCH(QSize, size);
    QFETCH(int, documents);
    QFETCH(QColor, painted);
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    TwoExtents twoExtents;
    Exportable &view = offersChoice ? static_cast<Exportable &>(twoExtents) : m_swatch;

    ExportOptions request = exportRequest(view, *result.dataset, asked);
    QCOMPARE(request.extent.has_value(), carriesExtent);
    if (carriesExtent)
        QVERIFY(*request.extent == asked);
    QCOMPARE(request.size, size);
    QCOMPARE(request.title, QStringLiteral("Swatch title"));
    QCOMPARE(request.documents.size(), documents);
    QCOMPARE(request.sourceLine, Exporter::sourceLine(*result.dataset, request.documents));
    QVERIFY(request.sourceLine.startsWith(QStringLiteral("Sources")));

    // The file shows the extent of the request.
    request.path = m_dir.filePath(QStringLiteral("request.png"));
    request.size = QSize(400, 300);
    QString error;
    QVERIFY2(Exporter::write(view, request, &error), qPrintable(error));
    const QImage image(request.path);
    QCOMPARE(image.pixelColor(image.rect().center()), painted);
}

void TestExporter::unwritablePathLeavesNoFile()
{
    ExportOptions png = options(QStringLiteral("out.png"));
    png.path = m_dir.filePath(QStringLiteral("missing/dir/out.png"));
    QString error;
    QVERIFY(!Exporter::write(m_swatch, png, &error));
    QVERIFY2(error.contains(png.path), qPrintable(error));
    QVERIFY(!QFile::exists(png.path));
}

void TestExporter::failedExportKeepsTheOldFile()
{
    // A directory whose files cannot be created: QSaveFile fails before touching the target.
    const QString directory = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(directory));
    const QString path = directory + QStringLiteral("/keep.png");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::ExeOwner);
    ExportOptions png = options(QStringLiteral("keep.png"));
    png.path = path;
    QString error;
    const bool written = Exporter::write(m_swatch, png, &error);
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (written)
        QSKIP("Running as a user who can write anywhere (root); permissions cannot be tested");
    QCOMPARE(readAll(path), QByteArray("old contents"));
}

void TestExporter::failureMidwayKeepsTheOldFile()
{
    // The file is opened, then encoding fails (an empty image cannot be saved): QSaveFile must
    // discard the partial output and leave the previous file as it was.
    const QString path = m_dir.filePath(QStringLiteral("previous.png"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
    }
    ExportOptions png = options(QStringLiteral("previous.png"));
    png.size = QSize(0, 0);
    QString error;
    QVERIFY(!Exporter::write(m_swatch, png, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("previous export"));
    QCOMPARE(
        QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("previous")).size(), 1);
}

void TestExporter::overlyLargeImageIsRefused()
{
    ExportOptions huge = options(QStringLiteral("huge.png"));
    huge.size = QSize(20000, 20000); // each side is allowed, 400 megapixels are not
    QString error;
    QVERIFY(!Exporter::write(m_swatch, huge, &error));
    QVERIFY2(error.contains(QStringLiteral("over the limit of 100 megapixels")), qPrintable(error));
    QVERIFY(!QFile::exists(huge.path));
}

void TestExporter::svgNamesRealFontFamilies()
{
    Captions captions;
    ExportOptions svg = options(QStringLiteral("fonts.svg"));
    svg.size = QSize(800, 600);
    QString error;
    QVERIFY2(Exporter::write(captions, svg, &error), qPrintable(error));
    QDomDocument document;
    QVERIFY(document.setContent(readAll(svg.path)));
    // Every text element: a real family first (browsers draw an alias such as "Sans Serif" as
    // they please, often with serifs), then a generic family to fall back on.
    const QString sans = QFontInfo(QFont()).family();
    QSet<QString> families;
    const QDomNodeList texts = document.elementsByTagName(QStringLiteral("text"));
    QVERIFY(texts.size() >= 4);
    for (int i = 0; i < texts.size(); ++i) {
        const QString family
            = fontAttribute(texts.at(i).toElement(), QStringLiteral("font-family"));
        const QStringList parts = family.split(QStringLiteral(", "));
        QCOMPARE(parts.size(), 2);
        QVERIFY2(!QStringList({ "Sans Serif", "Sans", "Serif", "Monospace" }).contains(parts.at(0)),
            qPrintable(family));
        QVERIFY2(QStringList({ "sans-serif", "serif", "monospace" }).contains(parts.at(1)),
            qPrintable(family));
        families.insert(family);
    }
    QVERIFY2(families.contains(sans + QStringLiteral(", sans-serif")),
        qPrintable(QStringList(families.cbegin(), families.cend()).join(QLatin1Char('|'))));
    QVERIFY(families.contains(
        QFontInfo(QFont(QStringLiteral("Monospace"))).family() + QStringLiteral(", monospace")));
}

void TestExporter::fontFallbacks_data()
{
    QTest::addColumn<QByteArray>("svg");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray sans = QFontInfo(QFont(QStringLiteral("Sans Serif"))).family().toUtf8();
    QTest::newRow("an alias") << QByteArray("<g font-family=\"Sans Serif\" font-size=\"12\">")
                              << "<g font-family=\"" + sans + ", sans-serif\" font-size=\"12\">";
    QTest::newRow("twice, and text between")
        << QByteArray("<g font-family=\"Sans Serif\"><text>x</text><g font-family=\"Sans Serif\">")
        << "<g font-family=\"" + sans + ", sans-serif\"><text>x</text><g font-family=\"" + sans
            + ", sans-serif\">";
    QTest::newRow("already a list") << QByteArray("<g font-family=\"Arial, sans-serif\">")
                                    << QByteArray("<g font-family=\"Arial, sans-serif\">");
    QTest::newRow("no font") << QByteArray("<rect width=\"3\"/>")
                             << QByteArray("<rect width=\"3\"/>");
}

void TestExporter::fontFallbacks()
{
    QFETCH(QByteArray, svg);
    QFETCH(QByteArray, expected);
    QCOMPARE(Exporter::withFontFallbacks(svg), expected);
}

void TestExporter::textIsLegibleAtSmallSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("800x600") << QSize(800, 600) << 96;
    QTest::newRow("400x300") << QSize(400, 300) << 96;
    // At 192 dpi a layout pixel is half as large: the minimum doubles.
    QTest::newRow("800x600 at 192 dpi") << QSize(800, 600) << 192;
}

void TestExporter::textIsLegibleAtSmallSizes()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    Captions captions;
    ExportOptions svg = options(QStringLiteral("small.svg"));
    svg.size = size;
    svg.dpi = dpi;
    svg.sourceLine = QStringLiteral("Sources: Anadolu Agency, 22 Dec 2025: a long enough title");
    QString error;
    QVERIFY2(Exporter::write(captions, svg, &error), qPrintable(error));
    const QString data = QString::fromUtf8(readAll(svg.path));
    QVERIFY(data.contains(QStringLiteral("Sources: Anadolu Agency")));
    // The title, the source line and the text drawn with the painter's font: 9 pt or more.
    // ("default font" and "monospace" are the test view's own choice, not the exporter's.)
    const qreal minimum = Exporter::MinimumTextPixels * dpi / 96.0;
    QDomDocument document;
    QVERIFY(document.setContent(data));
    const QDomNodeList texts = document.elementsByTagName(QStringLiteral("text"));
    int checked = 0;
    for (int i = 0; i < texts.size(); ++i) {
        const QString text = texts.at(i).toElement().text();
        if (text == QLatin1String("default font") || text == QLatin1String("monospace"))
            continue;
        const double px
            = fontAttribute(texts.at(i).toElement(), QStringLiteral("font-size")).toDouble();
        QVERIFY2(px >= minimum, qPrintable(QStringLiteral("%1: %2 px").arg(text).arg(px)));
        ++checked;
    }
    QVERIFY(checked >= 3);
}

void TestExporter::pdfOnPaper_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QSize>("points");
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << true << QSize(842, 595);
    QTest::newRow("US Letter landscape") << int(QPageSize::Letter) << true << QSize(792, 612);
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << false << QSize(595, 842);
}

void TestExporter::pdfOnPaper()
{
    QFETCH(int, paper);
    QFETCH(bool, landscape);
    QFETCH(QSize, points);
    ExportOptions pdf = options(QStringLiteral("paper.pdf"));
    pdf.pageSize = QPageSize(QPageSize::PageSizeId(paper));
    pdf.landscape = landscape;
    QString error;
    QVERIFY2(Exporter::write(m_swatch, pdf, &error), qPrintable(error));
    const QByteArray data = readAll(pdf.path);
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"));
    const auto match = mediaBox.match(QString::fromLatin1(data));
    QVERIFY(match.hasMatch());
    QCOMPARE(
        QSize(qRound(match.captured(1).toDouble()), qRound(match.captured(2).toDouble())), points);
    // The content fills the page, not a pixel-sized corner of it.
    QVERIFY(m_swatch.lastTarget.width() > points.width() * 96 / 72 * 0.8);
}

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
