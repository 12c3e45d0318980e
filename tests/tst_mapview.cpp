// SPDX-License-Identifier: GPL-3.0-or-later
// The membership map as a user meets it: styles, the date control, presets, clicks, keys,
// tooltips, export arguments and the exported image.

#include "models/countrymodel.h"
#include "models/datasetdocument.h"
#include "models/datasetreader.h"
#include "views/export/exporter.h"
#include "views/map/mapcanvas.h"
#include "views/map/mapgeometry.h"
#include "views/map/maplabeller.h"
#include "views/map/maprenderer.h"
#include "views/map/mapstyle.h"
#include "views/map/mapview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include "reportsdiffer.h"

using namespace Summit;

Q_DECLARE_METATYPE(Summit::MembershipStatus)
Q_DECLARE_METATYPE(Summit::MapPattern)
Q_DECLARE_METATYPE(Summit::Presence)
Q_DECLARE_METATYPE(Summit::PresenceSymbol)

namespace {

int lightness(const QColor &color)
{
    return qGray(color.rgb());
}

/** Passes an export on to the map view, noting the rectangle the exporter gives its content. */
class ContentSpy : public Exportable
{
public:
    explicit ContentSpy(MapView *view)
        : m_view(view)
    {
    }
    QString exportName() const override { return m_view->exportName(); }
    QString exportTitle() const override { return m_view->exportTitle(); }
    QStringList citedDocuments(ExportExtent extent) const override
    {
        return m_view->citedDocuments(extent);
    }
    void renderContent(QPainter *painter, const QRectF &target, ExportExtent extent) override
    {
        content = target;
        m_view->renderContent(painter, target, extent);
    }

    QRectF content;

private:
    MapView *m_view;
};

qreal distanceToRect(const QPointF &point, const QRectF &rect)
{
    const QPointF nearest(
        qBound(rect.left(), point.x(), rect.right()), qBound(rect.top(), point.y(), rect.bottom()));
    return QLineF(point, nearest).length();
}

bool crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[]
        = { { rect.topLeft(), rect.topRight() }, { rect.topRight(), rect.bottomRight() },
              { rect.bottomRight(), rect.bottomLeft() }, { rect.bottomLeft(), rect.topLeft() } };
    return std::any_of(std::begin(edges), std::end(edges), [&line](const QLineF &edge) {
        return line.intersects(edge) == QLineF::BoundedIntersection;
    });
}

} // namespace

/** Tests of MapView, MapCanvas and MapStyle. */
class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statusStyle_data();
    void statusStyle();
    void stylesDifferInGreyscale();
    void presenceSymbol_data();
    void presenceSymbol();
    void dateControlChangesStatus_data();
    void dateControlChangesStatus();
    void presetShowsTheSummit();
    void clickFiltersAndClickAgainClears();
    void escapeClearsTheSelection();
    void clickOnTheSeaClears();
    void keysZoomAndReset();
    void dragPansWithoutClicking();
    void hoverOutlinesAndExplains();
    void toolTips_data();
    void toolTips();
    void exportArguments_data();
    void exportArguments();
    void exportTitleAndSources();
    void renderedImageShowsTheStatuses();
    void attendanceReportsThatDifferAreMarked_data();
    void attendanceReportsThatDifferAreMarked();
    void exportedLabels_data();
    void exportedLabels();

private:
    void click(const QString &code);
    /** The labels an export of @p size draws, with the transform that placed them. */
    QList<MapLabel> exportLabels(const QSize &size, QTransform *mapToTarget);

    Dataset m_builtin;
    DatasetDocument *m_document = nullptr;
    CountryModel *m_countries = nullptr;
    MapView *m_view = nullptr;
};

void TestMapView::initTestCase()
{
    const auto result = DatasetReader::readFile(QStringLiteral(SUMMIT_BUILTIN_DATASET));
    QVERIFY(result.ok());
    m_builtin = *result.dataset;
}

void TestMapView::init()
{
    m_document = new DatasetDocument;
    m_document->setDataset(m_builtin);
    m_countries = new CountryModel(m_document, m_document);
    m_view = new MapView(m_document, m_countries);
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestMapView::cleanup()
{
    delete m_view;
    delete m_document;
}

void TestMapView::click(const QString &code)
{
    QTest::mouseClick(m_view->canvas(), Qt::LeftButton, {}, m_view->canvasPositionOf(code));
}

void TestMapView::statusStyle_data()
{
    QTest::addColumn<MembershipStatus>("status");
    QTest::addColumn<QColor>("fill");
    QTest::addColumn<MapPattern>("pattern");
    QTest::newRow("full") << MembershipStatus::Full << QColor(0x2c, 0x6b, 0xac)
                          << MapPattern::Solid;
    QTest::newRow("associate") << MembershipStatus::Associate << QColor(0x7d, 0xb4, 0xdc)
                               << MapPattern::Solid;
    QTest::newRow("suspended") << MembershipStatus::ParticipationSuspended
                               << QColor(0xf2, 0xa3, 0x5e) << MapPattern::Horizontal;
    QTest::newRow("ceased") << MembershipStatus::ParticipationCeased << QColor(0xdc, 0xc8, 0xe8)
                            << MapPattern::Vertical;
    QTest::newRow("unratified") << MembershipStatus::UnratifiedParticipant
                                << QColor(0xb7, 0xa2, 0xd8) << MapPattern::Dotted;
    QTest::newRow("unknown") << MembershipStatus::Unknown << QColor(Qt::white)
                             << MapPattern::CrossHatched;
}

void TestMapView::statusStyle()
{
    QFETCH(MembershipStatus, status);
    QFETCH(QColor, fill);
    QFETCH(MapPattern, pattern);
    const AreaStyle style = MapStyle::statusStyle(status);
    QCOMPARE(style.fill, fill);
    QCOMPARE(int(style.pattern), int(pattern));
    if (pattern != MapPattern::Solid)
        QVERIFY2(lightness(style.ink) + 60 < lightness(style.fill), "the pattern shows");
}

void TestMapView::stylesDifferInGreyscale()
{
    QList<AreaStyle> styles { MapStyle::contextStyle(), MapStyle::disputedStyle() };
    for (int status = 0; status <= int(MembershipStatus::Unknown); ++status)
        styles.append(MapStyle::statusStyle(MembershipStatus(status)));
    QCOMPARE(int(MapStyle::disputedStyle().pattern), int(MapPattern::Hatched));
    // Two styles with the same pattern must differ clearly in lightness alone.
    for (qsizetype i = 0; i < styles.size(); ++i) {
        for (qsizetype j = i + 1; j < styles.size(); ++j) {
            const AreaStyle &a = styles.at(i);
            const AreaStyle &b = styles.at(j);
            QVERIFY(!(a == b));
            if (a.pattern == b.pattern)
                QVERIFY2(std::abs(lightness(a.fill) - lightness(b.fill)) >= 25,
                    qPrintable(QStringLiteral("styles %1 and %2").arg(i).arg(j)));
        }
    }
}

void TestMapView::presenceSymbol_data()
{
    QTest::addColumn<Presence>("presence");
    QTest::addColumn<PresenceSymbol>("symbol");
    QTest::newRow("present") << Presence::Present << PresenceSymbol::FilledCircle;
    QTest::newRow("absent") << Presence::Absent << PresenceSymbol::Cross;
    QTest::newRow("unknown") << Presence::Unknown << PresenceSymbol::QuestionMark;
    QTest::newRow("expected") << Presence::Expected << PresenceSymbol::HollowCircle;
}

void TestMapView::presenceSymbol()
{
    QFETCH(Presence, presence);
    QFETCH(PresenceSymbol, symbol);
    QCOMPARE(int(MapStyle::presenceSymbol(presence)), int(symbol));
}

void TestMapView::dateControlChangesStatus_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("code");
    QTest::addColumn<MembershipStatus>("status");
    QTest::addColumn<QString>("shown");
    // The reports give Moldova's full membership without a start: unknown before 2022.
    QTest::newRow("Moldova 2021") << QDate(2021, 6, 1) << "MDA" << MembershipStatus::Unknown
                                  << "Status on 1 Jun 2021: Unknown";
    QTest::newRow("Moldova 2023") << QDate(2023, 12, 26) << "MDA"
                                  << MembershipStatus::ParticipationSuspended
                                  << "Status on 26 Dec 2023: Participation suspended";
    QTest::newRow("Ukraine 2010") << QDate(2010, 1, 1) << "UKR"
                                  << MembershipStatus::UnratifiedParticipant
                                  << "Status on 1 Jan 2010";
    QTest::newRow("Turkmenistan 1992, before any source")
        << QDate(1992, 6, 1) << "TKM" << MembershipStatus::Unknown
        << "Status on 1 Jun 1992: Unknown\nThe sources state its status only from 26 Dec 2023.";
    QTest::newRow("Turkmenistan 2025")
        << QDate(2025, 12, 22) << "TKM" << MembershipStatus::Associate
        << "Status on 22 Dec 2025: Associate member";
}

void TestMapView::dateControlChangesStatus()
{
    QFETCH(QDate, date);
    QFETCH(QString, code);
    QFETCH(MembershipStatus, status);
    QFETCH(QString, shown);
    m_view->dateEdit()->setDate(date);
    QCOMPARE(m_countries->date(), date);
    QCOMPARE(int(m_view->canvas()->scene().statuses.value(code)), int(status));
    QVERIFY2(m_view->toolTipFor(code).contains(shown), qPrintable(m_view->toolTipFor(code)));
    // A date set elsewhere (another view sharing the model) shows up in the control.
    m_countries->setDate(QDate(2024, 3, 1));
    QCOMPARE(m_view->dateEdit()->date(), QDate(2024, 3, 1));
}

void TestMapView::presetShowsTheSummit()
{
    const QList<QToolButton *> presets = m_view->presetButtons();
    QCOMPARE(presets.size(), 2);
    QCOMPARE(m_view->summitId(), QStringLiteral("cis-2025")); // the latest, by default
    QTest::mouseClick(presets.first(), Qt::LeftButton);
    QCOMPARE(m_view->date(), QDate(2023, 12, 26));
    QCOMPARE(m_view->summitId(), QStringLiteral("cis-2023"));
    QCOMPARE(m_view->summitCombo()->currentData().toString(), QStringLiteral("cis-2023"));
    QVERIFY(presets.first()->isChecked());
    QVERIFY(!presets.last()->isChecked());
    const MapScene &scene = m_view->canvas()->scene();
    QCOMPARE(scene.hostCity, QStringLiteral("St. Petersburg"));
    QCOMPARE(scene.partners, QStringList({ QStringLiteral("KAZ"), QStringLiteral("UZB") }));
    QCOMPARE(int(scene.presence.value(QStringLiteral("TKM"))), int(Presence::Present));
    // Choosing "None" in the combo removes the overlay and keeps the date.
    m_view->summitCombo()->setCurrentIndex(0);
    QVERIFY(m_view->canvas()->scene().summitLabel.isEmpty());
    QCOMPARE(m_view->date(), QDate(2023, 12, 26));
}

void TestMapView::clickFiltersAndClickAgainClears()
{
    QSignalSpy activated(m_view, &MapView::countryActivated);
    click(QStringLiteral("KAZ"));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("KAZ"));
    QCOMPARE(m_view->selectedCountry(), QStringLiteral("KAZ"));
    click(QStringLiteral("KAZ"));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), QString());
    QVERIFY(m_view->selectedCountry().isEmpty());
}

void TestMapView::escapeClearsTheSelection()
{
    QSignalSpy activated(m_view, &MapView::countryActivated);
    click(QStringLiteral("TKM"));
    QTest::keyClick(m_view->canvas(), Qt::Key_Escape);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).toString(), QString());
    // A selection made from outside does not echo back as a signal.
    m_view->setSelectedCountry(QStringLiteral("ARM"));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(m_view->canvas()->scene().selected, QStringLiteral("ARM"));
}

void TestMapView::clickOnTheSeaClears()
{
    QSignalSpy activated(m_view, &MapView::countryActivated);
    const QPointF blackSea = MapGeometry::project(34.0, 43.0);
    const QPoint sea = m_view->canvas()->mapToCanvas(blackSea).toPoint();
    QTest::mouseClick(m_view->canvas(), Qt::LeftButton, {}, sea);
    QCOMPARE(activated.size(), 0); // nothing was selected, nothing to clear
    click(QStringLiteral("UZB"));
    QTest::mouseClick(m_view->canvas(), Qt::LeftButton, {}, sea);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().at(0).toString(), QString());
    // A country outside the dataset (context) is not a filter either.
    click(QStringLiteral("CHN"));
    QCOMPARE(activated.size(), 2);
}

void TestMapView::keysZoomAndReset()
{
    MapCanvas *canvas = m_view->canvas();
    const QPoint before = m_view->canvasPositionOf(QStringLiteral("ARM"));
    QTest::keyClick(canvas, Qt::Key_Plus);
    QVERIFY(canvas->zoom() > 1);
    QTest::keyClick(canvas, Qt::Key_Right);
    QVERIFY(m_view->canvasPositionOf(QStringLiteral("ARM")) != before);
    QTest::keyClick(canvas, Qt::Key_0);
    QCOMPARE(canvas->zoom(), 1.0);
    QCOMPARE(m_view->canvasPositionOf(QStringLiteral("ARM")), before);
    QTest::keyClick(canvas, Qt::Key_Minus);
    QVERIFY(canvas->zoom() < 1);
    QTest::keyClick(canvas, Qt::Key_Home);
    QCOMPARE(canvas->zoom(), 1.0);
}

void TestMapView::dragPansWithoutClicking()
{
    QSignalSpy activated(m_view, &MapView::countryActivated);
    MapCanvas *canvas = m_view->canvas();
    const QPoint start = m_view->canvasPositionOf(QStringLiteral("KAZ"));
    QTest::mousePress(canvas, Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(80, 40)),
        canvas->mapToGlobal(QPointF(start + QPoint(80, 40))), Qt::NoButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + QPoint(80, 40));
    QCOMPARE(m_view->canvasPositionOf(QStringLiteral("KAZ")), start + QPoint(80, 40));
    QCOMPARE(activated.size(), 0);
}

void TestMapView::hoverOutlinesAndExplains()
{
    MapCanvas *canvas = m_view->canvas();
    const QPoint kazakhstan = m_view->canvasPositionOf(QStringLiteral("KAZ"));
    QTest::mouseMove(canvas, kazakhstan);
    QCOMPARE(canvas->hoveredCode(), QStringLiteral("KAZ"));
    QHelpEvent help(QEvent::ToolTip, kazakhstan, canvas->mapToGlobal(kazakhstan));
    QCoreApplication::sendEvent(canvas, &help);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Kassym-Jomart Tokayev")),
        qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestMapView::toolTips_data()
{
    QTest::addColumn<QString>("summit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("absent, with reason")
        << "cis-2025"
        << "AZE"
        << QStringList { "Azerbaijan", "Status on 22 Dec 2025: Full member",
               "Ilham Aliyev (President), absent", "Reason given: His office told" };
    QTest::newRow("present, bilateral") << "cis-2025"
                                        << "TJK"
                                        << QStringList { "Emomali Rahmon (President), present",
                                               "Held bilateral talks with the host" };
    QTest::newRow("unknown, nobody named")
        << "cis-2025"
        << "TKM"
        << QStringList { "Associate member", "leader not named in the sources",
               "attendance unknown, the sources do not say" };
    QTest::newRow("host") << "cis-2023"
                          << "RUS"
                          << QStringList { "Host.", "Vladimir Putin (President), present" };
    QTest::newRow("not on the list") << "cis-2023"
                                     << "UKR" << QStringList { "not on the attendance list" };
    QTest::newRow("context") << "cis-2025"
                             << "GEO" << QStringList { "Georgia", "Not in the dataset" };
    QTest::newRow("disputed") << "cis-2025"
                              << "crimea"
                              << QStringList { "Crimea (disputed)", "neither claimant" };
    QTest::newRow("sea") << "cis-2025"
                         << "" << QStringList {};
}

void TestMapView::toolTips()
{
    QFETCH(QString, summit);
    QFETCH(QString, code);
    QFETCH(QStringList, lines);
    m_view->setSummit(summit);
    const QString text = m_view->toolTipFor(code);
    QCOMPARE(text.isEmpty(), lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(text.contains(line), qPrintable(text));
}

void TestMapView::exportArguments_data()
{
    QTest::addColumn<QStringList>("summits");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QDate>("shownDate");
    QTest::addColumn<QString>("shownSummit");
    QTest::newRow("nothing") << QStringList {} << QDate() << "" << QDate(2025, 12, 22)
                             << "cis-2025";
    QTest::newRow("summit sets its date")
        << QStringList { "cis-2023" } << QDate() << "" << QDate(2023, 12, 26) << "cis-2023";
    QTest::newRow("date and summit")
        << QStringList { "cis-2023" } << QDate(2021, 6, 1) << "" << QDate(2021, 6, 1) << "cis-2023";
    QTest::newRow("date alone: no summit that day, no overlay")
        << QStringList {} << QDate(2021, 6, 1) << "" << QDate(2021, 6, 1) << "";
    QTest::newRow("date alone: a summit's day overlays it")
        << QStringList {} << QDate(2023, 12, 26) << "" << QDate(2023, 12, 26) << "cis-2023";
    QTest::newRow("unknown summit") << QStringList { "cis-1999" } << QDate()
                                    << "--summits:" << QDate(2025, 12, 22) << "cis-2025";
    QTest::newRow("two summits") << QStringList { "cis-2023", "cis-2025" } << QDate()
                                 << "--summits:" << QDate(2025, 12, 22) << "cis-2025";
    QTest::newRow("before the CIS")
        << QStringList {} << QDate(1990, 1, 1) << "--date:" << QDate(2025, 12, 22) << "cis-2025";
}

void TestMapView::exportArguments()
{
    QFETCH(QStringList, summits);
    QFETCH(QDate, date);
    QFETCH(QString, error);
    QFETCH(QDate, shownDate);
    QFETCH(QString, shownSummit);
    QString message;
    QCOMPARE(m_view->applyExportArguments(summits, date, &message), error.isEmpty());
    if (error.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.startsWith(error), qPrintable(message));
    QCOMPARE(m_view->date(), shownDate);
    QCOMPARE(m_view->summitId(), shownSummit);
}

void TestMapView::exportTitleAndSources()
{
    QCOMPARE(m_view->exportName(), QStringLiteral("map"));
    QCOMPARE(m_view->exportTitle(),
        QStringLiteral("CIS membership on 22 Dec 2025 and attendance at the 2025 summit"));
    QStringList cited = m_view->citedDocuments(ExportExtent::Full);
    cited.sort();
    QCOMPARE(cited,
        QStringList({ QStringLiteral("anadolu-2025-12-22"), QStringLiteral("report-2023") }));
    m_view->setSummit(QString());
    QCOMPARE(m_view->exportTitle(), QStringLiteral("CIS membership on 22 Dec 2025"));
}

void TestMapView::renderedImageShowsTheStatuses()
{
    QString error;
    QVERIFY(
        m_view->applyExportArguments({ QStringLiteral("cis-2025") }, QDate(2025, 12, 22), &error));
    QImage image(1600, 1000, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    m_view->renderContent(&painter, QRectF(image.rect()), ExportExtent::Full);
    painter.end();

    // Where the export puts a point: the same layout and frame the view uses for export.
    const MapGeometry &geometry = MapGeometry::builtin();
    const MapLayout layout = MapRenderer::layout(QRectF(image.rect()));
    QStringList codes;
    for (const Country &country : m_builtin.countries)
        codes.append(country.code);
    const QTransform transform
        = MapRenderer::fitTransform(MapRenderer(geometry).defaultFrame(codes), layout.map);
    // The share of pixels around a point that carry the fill of the country's status.
    auto share = [&](double lon, double lat, const QColor &fill) {
        const QPoint centre = transform.map(MapGeometry::project(lon, lat)).toPoint();
        int hits = 0;
        for (int dy = -4; dy <= 4; ++dy) {
            for (int dx = -4; dx <= 4; ++dx)
                hits += image.pixelColor(centre + QPoint(dx, dy)) == fill;
        }
        return hits / 81.0;
    };
    const QColor full = MapStyle::statusStyle(MembershipStatus::Full).fill;
    const QColor associate = MapStyle::statusStyle(MembershipStatus::Associate).fill;
    const QColor suspended = MapStyle::statusStyle(MembershipStatus::ParticipationSuspended).fill;
    QVERIFY(full != associate && associate != suspended && full != suspended);
    QVERIFY2(share(80.0, 48.5, full) > 0.8, "Kazakhstan, full member");
    QVERIFY2(share(62.0, 39.0, associate) > 0.8, "Turkmenistan, associate");
    // Moldova is small and carries a callout's dot and leader, so count over all of it: the
    // stripes cover about a third of its pixels, and none is a full member's.
    const QPainterPath moldova
        = transform.map(geometry.features().at(geometry.indexOf(QStringLiteral("MDA"))).path);
    const QRect box = moldova.boundingRect().toAlignedRect();
    int inside = 0;
    int striped = 0;
    int asFull = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            if (!moldova.contains(QPointF(x + 0.5, y + 0.5)))
                continue;
            ++inside;
            striped += image.pixelColor(x, y) == suspended;
            asFull += image.pixelColor(x, y) == full;
        }
    }
    QVERIFY(inside > 50);
    QVERIFY2(striped > inside / 4, "Moldova, suspended (striped)");
    QVERIFY2(asFull == 0, "Moldova is not coloured as a full member");
}

QList<MapLabel> TestMapView::exportLabels(const QSize &size, QTransform *mapToTarget)
{
    // The real export path (title and source line included) decides the content's rectangle.
    ContentSpy spy(m_view);
    Exporter::renderImage(spy, size, 1.0, m_view->exportTitle(),
        Exporter::sourceLine(m_document->dataset(), m_view->citedDocuments(ExportExtent::Full)));
    const MapGeometry &geometry = MapGeometry::builtin();
    MapRenderer renderer(geometry);
    const MapLayout layout = MapRenderer::layout(spy.content);
    QStringList codes;
    for (const Country &country : m_builtin.countries)
        codes.append(country.code);
    *mapToTarget = MapRenderer::fitTransform(renderer.defaultFrame(codes), layout.map);
    return renderer.labels(layout, *mapToTarget, m_view->canvas()->scene());
}

void TestMapView::exportedLabels_data()
{
    QTest::addColumn<QString>("summit");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QSize>("size");
    QTest::newRow("2025 summit, default size") << "cis-2025" << QDate() << QSize(1600, 1000);
    QTest::newRow("2023 summit, default size") << "cis-2023" << QDate() << QSize(1600, 1000);
    QTest::newRow("2021, no overlay, default size") << "" << QDate(2021, 6, 1) << QSize(1600, 1000);
    QTest::newRow("2025 summit, small") << "cis-2025" << QDate() << QSize(1100, 700);
    QTest::newRow("2025 summit, large") << "cis-2025" << QDate() << QSize(3200, 2000);
}

// Every country of the dataset is named; each attendance symbol sits inside its country or is
// tied to it by a leader from a dot inside it; no label covers another or a leader; no symbol
// lies on a bilateral arc (a symbol on an arc reads as the arc's end).
void TestMapView::exportedLabels()
{
    QFETCH(QString, summit);
    QFETCH(QDate, date);
    QFETCH(QSize, size);
    QString error;
    QVERIFY(m_view->applyExportArguments(
        summit.isEmpty() ? QStringList() : QStringList { summit }, date, &error));
    if (summit.isEmpty())
        m_view->setSummit(QString());
    QTransform mapToTarget;
    const QList<MapLabel> labels = exportLabels(size, &mapToTarget);
    const QTransform toMap = mapToTarget.inverted();
    const MapGeometry &geometry = MapGeometry::builtin();
    const MapScene &scene = m_view->canvas()->scene();
    auto countryAt = [&](const QPointF &point) {
        const int index = geometry.featureAt(toMap.map(point));
        return index < 0 ? QString() : geometry.features().at(index).code;
    };

    for (const Country &country : m_builtin.countries) {
        const auto named = std::count_if(labels.cbegin(), labels.cend(), [&](const MapLabel &l) {
            return geometry.features().at(l.feature).code == country.code;
        });
        QVERIFY2(named == 1, qPrintable(country.code));
    }
    for (const MapLabel &label : labels) {
        const MapFeature &feature = geometry.features().at(label.feature);
        QVERIFY(label.text == feature.name || label.text == feature.code);
        QCOMPARE(
            label.presence.has_value(), !summit.isEmpty() && scene.presence.contains(feature.code));
        if (label.callout) {
            QVERIFY(!label.context);
            QCOMPARE(countryAt(label.anchor), feature.code);
            QVERIFY2(distanceToRect(label.leaderEnd, label.bounds()) < 0.5, qPrintable(label.text));
        } else if (label.presence) {
            QCOMPARE(countryAt(label.symbolCentre), feature.code);
        } else {
            QCOMPARE(countryAt(label.textBox.center()), feature.code);
        }
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = 0; j < labels.size(); ++j) {
            if (i == j)
                continue;
            const QString pair = labels.at(i).text + QStringLiteral(" / ") + labels.at(j).text;
            QVERIFY2(!labels.at(i).bounds().intersects(labels.at(j).bounds()), qPrintable(pair));
            if (labels.at(j).callout) {
                QVERIFY2(!crosses(labels.at(j).leader(), labels.at(i).bounds()), qPrintable(pair));
                if (labels.at(i).callout) {
                    QVERIFY2(labels.at(i).leader().intersects(labels.at(j).leader())
                            != QLineF::BoundedIntersection,
                        qPrintable(pair));
                }
            }
        }
    }
    const MapCity *host = geometry.city(scene.hostCity);
    for (const QString &partner : scene.partners) {
        QVERIFY(host && geometry.capitalOf(partner));
        const QPainterPath arc = MapStyle::arcPath(mapToTarget.map(host->position),
            mapToTarget.map(geometry.capitalOf(partner)->position));
        for (const MapLabel &label : labels) {
            if (!label.presence)
                continue;
            for (const QPolygonF &line : arc.toSubpathPolygons()) {
                for (const QPointF &point : line) {
                    QVERIFY2(QLineF(point, label.symbolCentre).length() > label.symbolRadius,
                        qPrintable(label.text + QStringLiteral(" on the arc to ") + partner));
                }
            }
        }
    }
}

void TestMapView::attendanceReportsThatDifferAreMarked_data()
{
    QTest::addColumn<bool>("keepSetAside");
    QTest::addColumn<bool>("marked");
    // Three reports of Azerbaijan at the 2024 meeting: two say he never arrived, one that he
    // left early. With that one set aside they agree; taken back, they differ.
    QTest::newRow("one set aside: they agree, no mark") << true << false;
    QTest::newRow("taken back: they differ, marked in the legend") << false << true;
}

void TestMapView::attendanceReportsThatDifferAreMarked()
{
    QFETCH(bool, keepSetAside);
    QFETCH(bool, marked);
    std::optional<Dataset> loaded = TestData::reportsDiffer(keepSetAside);
    QVERIFY(loaded);
    m_document->setDataset(*loaded);
    QString error;
    QVERIFY2(m_view->applyExportArguments({ QStringLiteral("s2024") }, QDate(), &error),
        qPrintable(error));
    QTemporaryDir dir;
    ExportOptions options;
    options.path = dir.filePath(QStringLiteral("map.svg"));
    options.format = ExportOptions::Format::Svg;
    QVERIFY2(Exporter::write(*m_view, options, &error), qPrintable(error));
    QFile svg(options.path);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QCOMPARE(text.contains("Reports differ on whether"), marked);
}

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
