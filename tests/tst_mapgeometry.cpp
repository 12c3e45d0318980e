// SPDX-License-Identifier: GPL-3.0-or-later
// The map's shapes: the projection, the antimeridian, hit-testing and the disputed areas.

#include "views/map/mapgeometry.h"

#include <QLineF>
#include <QTest>

#include <cmath>

using namespace Summit;

/** Tests of MapGeometry on the built-in shapes (resources/map/countries.json). */
class TestMapGeometry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void centralMeridianIsTheCentreLine_data();
    void centralMeridianIsTheCentreLine();
    void knownPointsKeepTheirOrder_data();
    void knownPointsKeepTheirOrder();
    void knownPointsProjectTo_data();
    void knownPointsProjectTo();
    void simplifyKeepsTheShape();
    void interiorPointsLieDeepInside_data();
    void interiorPointsLieDeepInside();
    void russiaHasNoStreak();
    void hitTesting_data();
    void hitTesting();
    void labelsSitInsideTheirCountry_data();
    void labelsSitInsideTheirCountry();
    void crimeaIsDisputedNotRussian();
    void everyCapitalLiesInItsCountry();
    void badFileIsRefused_data();
    void badFileIsRefused();

private:
    const MapGeometry &geometry() const { return MapGeometry::builtin(); }
};

void TestMapGeometry::initTestCase()
{
    QVERIFY2(geometry().features().size() > 40, "the built-in map data did not load");
    QVERIFY(geometry().indexOf(QStringLiteral("RUS")) >= 0);
}

void TestMapGeometry::centralMeridianIsTheCentreLine_data()
{
    QTest::addColumn<double>("lat");
    QTest::newRow("40N") << 40.0;
    QTest::newRow("55N (reference)") << 55.0;
    QTest::newRow("75N") << 75.0;
}

void TestMapGeometry::centralMeridianIsTheCentreLine()
{
    QFETCH(double, lat);
    const QPointF point = MapGeometry::project(MapGeometry::CentralMeridian, lat);
    QCOMPARE(point.x() + 1.0, 1.0); // x is 0 up to rounding
    // East of the meridian goes right, west goes left, symmetrically.
    const QPointF east = MapGeometry::project(MapGeometry::CentralMeridian + 20, lat);
    const QPointF west = MapGeometry::project(MapGeometry::CentralMeridian - 20, lat);
    QVERIFY(east.x() > 0);
    QCOMPARE(west.x(), -east.x());
    QCOMPARE(west.y(), east.y());
}

void TestMapGeometry::knownPointsKeepTheirOrder_data()
{
    QTest::addColumn<QString>("northern");
    QTest::addColumn<QString>("southern");
    QTest::addColumn<QString>("western");
    QTest::addColumn<QString>("eastern");
    QTest::newRow("Moscow / Astana") << "Moscow"
                                     << "Astana"
                                     << "Moscow"
                                     << "Astana";
    QTest::newRow("St. Petersburg / Moscow") << "St. Petersburg"
                                             << "Moscow"
                                             << "St. Petersburg"
                                             << "Moscow";
    QTest::newRow("Tashkent / Dushanbe") << "Tashkent"
                                         << "Dushanbe"
                                         << "Dushanbe"
                                         << "Tashkent";
    // Far from the central meridian the conic turns the map: Kyiv, south-east of Minsk, lies
    // left of it on screen, so east-west is checked against Moscow instead.
    QTest::newRow("Minsk / Kyiv, Minsk / Moscow") << "Minsk"
                                                  << "Kyiv"
                                                  << "Minsk"
                                                  << "Moscow";
    QTest::newRow("Astana / Bishkek") << "Astana"
                                      << "Bishkek"
                                      << "Astana"
                                      << "Bishkek";
}

void TestMapGeometry::knownPointsKeepTheirOrder()
{
    QFETCH(QString, northern);
    QFETCH(QString, southern);
    QFETCH(QString, western);
    QFETCH(QString, eastern);
    const MapCity *north = geometry().city(northern);
    const MapCity *south = geometry().city(southern);
    const MapCity *west = geometry().city(western);
    const MapCity *east = geometry().city(eastern);
    QVERIFY(north && south && west && east);
    QVERIFY2(north->position.y() < south->position.y(), "north is up");
    QVERIFY2(west->position.x() < east->position.x(), "east is right");
    // Distances survive the projection: Moscow to Astana is about 2,250 km on the ground.
    if (northern == QLatin1String("Moscow")) {
        const qreal km = QLineF(north->position, south->position).length();
        QVERIFY2(km > 2100 && km < 2400, qPrintable(QString::number(km)));
    }
}

namespace {

// Albers equal-area conic on a sphere, north up (Snyder, "Map Projections: A Working Manual",
// eqs. 14-1 to 14-6), written out here again so that the test does not trust the code it tests.
QPointF albersNorthUp(double lon, double lat)
{
    const double radius = 6371.0;
    const double deg = M_PI / 180;
    const double phi1 = 45 * deg;
    const double phi2 = 65 * deg;
    const double phi0 = 55 * deg;
    const double n = (std::sin(phi1) + std::sin(phi2)) / 2;
    const double c = std::cos(phi1) * std::cos(phi1) + 2 * n * std::sin(phi1);
    const double rho = radius * std::sqrt(c - 2 * n * std::sin(lat * deg)) / n;
    const double rho0 = radius * std::sqrt(c - 2 * n * std::sin(phi0)) / n;
    const double theta = n * (lon - 80) * deg;
    return QPointF(rho * std::sin(theta), rho0 - rho * std::cos(theta));
}

} // namespace

void TestMapGeometry::knownPointsProjectTo_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    // Kilometres east of 80°E and north of the 55°N reference, as printed by the same formula
    // evaluated in Python, for a second opinion on the C++ above.
    QTest::addColumn<double>("east");
    QTest::addColumn<double>("north");
    QTest::newRow("Moscow") << 37.62 << 55.76 << -2459.106 << 842.045;
    QTest::newRow("Astana") << 71.45 << 51.17 << -587.709 << -396.343;
    QTest::newRow("Yerevan") << 44.51 << 40.18 << -2930.913 << -906.870;
    QTest::newRow("Chukotka, past 180°") << 185.0 << 66.5 << 3157.875 << 4169.395;
    QTest::newRow("origin") << 80.0 << 55.0 << 0.0 << 0.0;
}

void TestMapGeometry::knownPointsProjectTo()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, east);
    QFETCH(double, north);
    const QPointF expected = albersNorthUp(lon, lat);
    QVERIFY(std::abs(expected.x() - east) < 0.001 && std::abs(expected.y() - north) < 0.001);
    // Map units grow down (screen convention): y is minus northing.
    const QPointF projected = MapGeometry::project(lon, lat);
    QVERIFY2(std::abs(projected.x() - east) < 0.001,
        qPrintable(QStringLiteral("x %1, expected %2").arg(projected.x()).arg(east)));
    QVERIFY2(std::abs(projected.y() + north) < 0.001,
        qPrintable(QStringLiteral("y %1, expected %2").arg(projected.y()).arg(-north)));
}

void TestMapGeometry::simplifyKeepsTheShape()
{
    // A square with a point on each side barely off the straight line, and one far off.
    const QPolygonF ring { { 0, 0 }, { 50, 0.2 }, { 100, 0 }, { 100, 100 }, { 50, 130 }, { 0, 100 },
        { 0, 0 } };
    const QPolygonF simplified = MapGeometry::simplify(ring, 1.0);
    QCOMPARE(simplified,
        QPolygonF({ { 0, 0 }, { 100, 0 }, { 100, 100 }, { 50, 130 }, { 0, 100 }, { 0, 0 } }));
    QCOMPARE(MapGeometry::simplify(ring, 0.1), ring);
    // Every feature keeps a shape at any tolerance, and Russia is far lighter at a coarse one.
    const int russia = geometry().indexOf(QStringLiteral("RUS"));
    const auto coarse = geometry().simplifiedRings(16.0);
    QCOMPARE(coarse.size(), geometry().features().size());
    for (const QList<QPolygonF> &rings : coarse)
        QVERIFY(!rings.isEmpty());
    auto points = [](const QList<QPolygonF> &rings) {
        qsizetype total = 0;
        for (const QPolygonF &ring : rings)
            total += ring.size();
        return total;
    };
    QVERIFY(points(coarse.at(russia)) * 2 < points(geometry().features().at(russia).rings));
}

void TestMapGeometry::interiorPointsLieDeepInside_data()
{
    labelsSitInsideTheirCountry_data();
}

void TestMapGeometry::interiorPointsLieDeepInside()
{
    QFETCH(QString, code);
    const int index = geometry().indexOf(code);
    const MapFeature &feature = geometry().features().at(index);
    QCOMPARE(geometry().featureAt(feature.interiorPoint), index);
    // Every point within the radius is inside the country (Armenia's is about 50 km).
    QVERIFY(feature.interiorRadius > 10);
    for (int i = 0; i < 16; ++i) {
        const double angle = 2 * M_PI * i / 16;
        const QPointF edge = feature.interiorPoint
            + 0.95 * feature.interiorRadius * QPointF(std::cos(angle), std::sin(angle));
        QCOMPARE(geometry().featureAt(edge), index);
    }
}

void TestMapGeometry::russiaHasNoStreak()
{
    // Without unwrapping, Chukotka's jump from +180 to -180 draws a line right across the map.
    const MapFeature &russia = geometry().features().at(geometry().indexOf(QStringLiteral("RUS")));
    const QList<QPolygonF> rings = russia.path.toSubpathPolygons();
    qreal longest = 0;
    for (const QPolygonF &ring : rings) {
        for (qsizetype i = 1; i < ring.size(); ++i)
            longest = qMax(longest, QLineF(ring.at(i - 1), ring.at(i)).length());
    }
    QVERIFY2(longest < 600, qPrintable(QStringLiteral("longest segment %1 km").arg(longest)));
    QVERIFY2(russia.bounds.width() < 8000, "Russia is about 7,000 km wide in this projection");
    // Chukotka east of 180° (here 185°E = 175°W) is part of Russia, at the right of the map.
    QCOMPARE(geometry().featureAt(MapGeometry::project(185, 66.5)),
        geometry().indexOf(QStringLiteral("RUS")));
    QVERIFY(MapGeometry::project(185, 66.5).x() > MapGeometry::project(150, 66.5).x());
}

void TestMapGeometry::hitTesting_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("code");
    QTest::newRow("Kazakh steppe") << 67.0 << 48.0 << "KAZ";
    QTest::newRow("Moscow") << 37.62 << 55.76 << "RUS";
    QTest::newRow("Chisinau") << 28.86 << 47.01 << "MDA";
    QTest::newRow("Ashgabat") << 58.38 << 37.95 << "TKM";
    QTest::newRow("Tbilisi (context)") << 44.80 << 41.72 << "GEO";
    QTest::newRow("Black Sea") << 34.0 << 43.0 << "";
    QTest::newRow("Caspian Sea") << 51.0 << 42.0 << "";
    QTest::newRow("Barents Sea") << 40.0 << 72.0 << "";
    QTest::newRow("Sevastopol (disputed)") << 33.52 << 44.6 << "crimea";
}

void TestMapGeometry::hitTesting()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, code);
    const int index = geometry().featureAt(MapGeometry::project(lon, lat));
    QCOMPARE(index < 0 ? QString() : geometry().features().at(index).code, code);
}

void TestMapGeometry::labelsSitInsideTheirCountry_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code :
        { "ARM", "AZE", "BLR", "KAZ", "KGZ", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB", "GEO" })
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestMapGeometry::labelsSitInsideTheirCountry()
{
    QFETCH(QString, code);
    const int index = geometry().indexOf(code);
    QVERIFY(index >= 0);
    const MapFeature &feature = geometry().features().at(index);
    QCOMPARE(geometry().featureAt(feature.labelAnchor), index);
    QVERIFY(feature.labelSpan > 0);
}

void TestMapGeometry::crimeaIsDisputedNotRussian()
{
    const int crimea = geometry().indexOf(QStringLiteral("crimea"));
    QVERIFY(crimea >= 0);
    const MapFeature &area = geometry().features().at(crimea);
    QVERIFY(area.disputed);
    QCOMPARE(area.claimants, QStringList({ QStringLiteral("UKR"), QStringLiteral("RUS") }));
    QVERIFY(!area.note.isEmpty());
    const QPointF simferopol = MapGeometry::project(34.1, 44.95);
    const MapFeature &russia = geometry().features().at(geometry().indexOf(QStringLiteral("RUS")));
    const MapFeature &ukraine = geometry().features().at(geometry().indexOf(QStringLiteral("UKR")));
    QVERIFY(area.path.contains(simferopol));
    QVERIFY(!russia.path.contains(simferopol));
    QVERIFY(!ukraine.path.contains(simferopol));
}

void TestMapGeometry::everyCapitalLiesInItsCountry()
{
    for (const MapCity &city : geometry().cities()) {
        const int index = geometry().featureAt(city.position);
        QVERIFY2(index >= 0, qPrintable(city.name));
        QCOMPARE(geometry().features().at(index).code, city.country);
    }
}

void TestMapGeometry::badFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{ countries: ");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no polygons") << QByteArray(R"({"countries":[{"code":"XXX","polygons":[]}]})");
    QTest::newRow("short ring") << QByteArray(
        R"({"countries":[{"code":"XXX","polygons":[[[[1,2],[3,4]]]]}]})");
}

void TestMapGeometry::badFileIsRefused()
{
    QFETCH(QByteArray, json);
    MapGeometry map;
    QString error;
    QVERIFY(!map.load(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(map.features().isEmpty());
}

QTEST_GUILESS_MAIN(TestMapGeometry)
#include "tst_mapgeometry.moc"
