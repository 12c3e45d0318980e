// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a synthetic dataset in the Summit Viewer format (docs/data-format.md) for benchmarks:
// many summits, countries and people, and as many events as asked, spread over the days around
// each summit. The content is made up and says so; only the shape matters.
//
//   summit-generate-dataset --events 1000000 --output bench-1m.json [--summits 400] [--seed 7]
//                           [--span-days 1096]
//
// By default the summits come about every seven weeks; --span-days spreads them evenly over
// that many days instead, so that few events can still bring many folds (1,000 events, 74
// summits over three years: 73 folded gaps of about ten days).

#include <QCoreApplication>
#include <QDate>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr int documentCount = 40;
constexpr int paragraphsPerDocument = 300;
constexpr int countryCount = 60;
constexpr int personCount = 300;

const char *const kinds[] = { "plenary", "bilateral", "visit", "statement", "proposal",
    "announcement", "council-session" };
// Statements and bilaterals dominate real summits; plenaries are rare.
const double kindWeights[] = { 0.04, 0.26, 0.08, 0.34, 0.12, 0.12, 0.04 };

struct Options
{
    long events = 10000;
    int summits = 0; ///< 0: about one per 2,500 events, at least 8
    int spanDays = 0; ///< 0: one summit about every seven weeks
    unsigned seed = 7;
    std::string output;
};

std::string countryCode(int i)
{
    // Three capital letters as the format wants; Q.. is unassigned in ISO 3166, so no clash.
    return std::string { 'Q', char('A' + i / 26), char('A' + i % 26) };
}

class Writer
{
public:
    explicit Writer(FILE *file)
        : m_file(file)
    {
    }
    void put(const std::string &text) { std::fputs(text.c_str(), m_file); }
    void putf(const char *format, auto... args) { std::fprintf(m_file, format, args...); }

private:
    FILE *m_file;
};

void writeHeader(Writer &out)
{
    out.put("{\n  \"formatVersion\": 1,\n  \"documents\": [\n");
    for (int d = 0; d < documentCount; ++d)
        out.putf("    {\"id\": \"doc-%02d\", \"title\": \"Synthetic document %d (benchmark data, "
                 "not a real source)\", \"publisher\": null, \"published\": null, "
                 "\"paragraphs\": %d}%s\n",
            d, d, paragraphsPerDocument, d + 1 < documentCount ? "," : "");
    out.put("  ],\n  \"countries\": [\n");
    for (int c = 0; c < countryCount; ++c)
        out.putf("    {\"code\": \"%s\", \"name\": \"Country %02d\", \"memberships\": "
                 "[{\"status\": \"full\", \"from\": \"1991\", \"sources\": [{\"document\": "
                 "\"doc-00\", \"paragraph\": %d}]}]}%s\n",
            countryCode(c).c_str(), c, c % paragraphsPerDocument + 1,
            c + 1 < countryCount ? "," : "");
    out.put("  ],\n  \"people\": [\n");
    for (int p = 0; p < personCount; ++p)
        out.putf("    {\"id\": \"p%03d\", \"name\": \"Person %03d\", \"role\": \"%s\", "
                 "\"country\": \"%s\"}%s\n",
            p, p, p % 5 == 0 ? "President" : "Minister", countryCode(p % countryCount).c_str(),
            p + 1 < personCount ? "," : "");
    out.put("  ],\n");
}

/** Where the summits fall: every seven weeks or so, or evenly over a given number of days. */
class Calendar
{
public:
    Calendar(int summits, int spanDays)
        : m_summits(summits)
        , m_spanDays(spanDays)
    {
    }
    QDate summitDate(int s) const
    {
        const QDate first(1995, 1, 16);
        if (m_spanDays > 0)
            return first.addDays(qint64(s) * m_spanDays / m_summits);
        // One summit about every seven weeks from 1995: several decades of folded time.
        return first.addDays(qint64(s) * 49 + (s * 17) % 23);
    }

private:
    int m_summits;
    int m_spanDays;
};

void writeSummits(Writer &out, const Calendar &calendar, int summits)
{
    out.put("  \"summits\": [\n");
    for (int s = 0; s < summits; ++s) {
        const int host = s % countryCount;
        out.putf("    {\"id\": \"s%04d\", \"title\": \"Synthetic summit %d\", \"date\": \"%s\", "
                 "\"city\": \"City %d\", \"venue\": null, \"host\": \"%s\", \"attendance\": "
                 "[{\"country\": \"%s\", \"person\": \"p%03d\", \"status\": \"present\", "
                 "\"sources\": [{\"document\": \"doc-01\", \"paragraph\": %d}]}], "
                 "\"sources\": [{\"document\": \"doc-01\", \"paragraph\": %d}]}%s\n",
            s, s, qPrintable(calendar.summitDate(s).toString(Qt::ISODate)), host,
            countryCode(host).c_str(), countryCode(host).c_str(), host,
            s % paragraphsPerDocument + 1, s % paragraphsPerDocument + 1,
            s + 1 < summits ? "," : "");
    }
    out.put("  ],\n");
}

/** Writes the events of one day of one summit, in order; some days have clock times. */
void writeDay(Writer &out, std::mt19937 &random, long &next, long count, const QDate &date,
    int summit, long total)
{
    std::discrete_distribution<int> kind(std::begin(kindWeights), std::end(kindWeights));
    std::uniform_int_distribution<int> person(0, personCount - 1);
    std::uniform_int_distribution<int> other(0, personCount - 2); // a second, different person
    std::uniform_int_distribution<int> country(0, countryCount - 1);
    std::uniform_int_distribution<int> document(0, documentCount - 1);
    std::uniform_int_distribution<int> paragraph(1, paragraphsPerDocument);
    const bool timedDay = random() % 10 < 3;
    for (long i = 0; i < count; ++i, ++next) {
        const int k = kind(random);
        const int first = person(random);
        out.putf("    {\"id\": \"e%07ld\", \"summit\": \"s%04d\", \"kind\": \"%s\", \"date\": "
                 "\"%s\", \"order\": %ld, ",
            next, summit, kinds[k], qPrintable(date.toString(Qt::ISODate)), i + 1);
        if (timedDay && random() % 10 < 7) {
            // Increasing with the order, between 08:00 and 20:00, as the format requires.
            const long minutes = 8 * 60 + (12 * 60 * (2 * i + 1)) / (2 * count);
            out.putf("\"time\": \"%02ld:%02ld\", ", minutes / 60, minutes % 60);
        }
        out.putf("\"title\": \"Synthetic %s %ld at summit %d\", \"summary\": \"Made-up event "
                 "for benchmarks.\", \"participants\": [\"p%03d\", \"p%03d\"], \"countries\": "
                 "[\"%s\"], \"sources\": [{\"document\": \"doc-%02d\", \"paragraph\": %d}]}%s\n",
            kinds[k], next, summit, first, (first + 1 + other(random)) % personCount,
            countryCode(country(random)).c_str(), document(random), paragraph(random),
            next + 1 < total ? "," : "");
    }
}

void writeEvents(Writer &out, const Options &options, const Calendar &calendar, int summits)
{
    std::mt19937 random(options.seed);
    out.put("  \"events\": [\n");
    long next = 0;
    // Two days before to two days after each summit; most on the day itself.
    const int days[] = { -2, -1, 0, 1, 2 };
    const double dayShare[] = { 0.08, 0.17, 0.5, 0.17, 0.08 };
    for (int s = 0; s < summits; ++s) {
        const long perSummit
            = (options.events * (s + 1)) / summits - (options.events * s) / summits;
        long written = 0;
        for (int d = 0; d < 5; ++d) {
            const long count = d == 4 ? perSummit - written : long(perSummit * dayShare[d]);
            writeDay(out, random, next, count, calendar.summitDate(s).addDays(days[d]), s,
                options.events);
            written += count;
        }
    }
    out.put("  ],\n  \"tradeFigures\": []\n}\n");
}

bool parse(const QStringList &arguments, Options *options)
{
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        const QString &name = arguments[i];
        const QString &value = arguments[i + 1];
        if (name == QLatin1String("--events"))
            options->events = value.toLong();
        else if (name == QLatin1String("--summits"))
            options->summits = value.toInt();
        else if (name == QLatin1String("--span-days"))
            options->spanDays = value.toInt();
        else if (name == QLatin1String("--seed"))
            options->seed = value.toUInt();
        else if (name == QLatin1String("--output"))
            options->output = value.toStdString();
        else
            return false;
    }
    return arguments.size() % 2 == 1 && options->events > 0 && options->spanDays >= 0
        && !options->output.empty();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parse(app.arguments(), &options)) {
        std::fprintf(stderr,
            "usage: summit-generate-dataset --events N --output FILE "
            "[--summits S] [--seed N] [--span-days D]\n");
        return 2;
    }
    const int summits
        = options.summits > 0 ? options.summits : int(std::max<long>(8, options.events / 2500));
    FILE *file = std::fopen(options.output.c_str(), "w");
    if (!file) {
        std::perror(options.output.c_str());
        return 1;
    }
    const Calendar calendar(summits, options.spanDays);
    Writer out(file);
    writeHeader(out);
    writeSummits(out, calendar, summits);
    writeEvents(out, options, calendar, summits);
    const bool ok = std::fclose(file) == 0;
    std::printf("%s: %ld events, %d summits, %d countries, %d people\n", options.output.c_str(),
        options.events, summits, countryCount, personCount);
    return ok ? 0 : 1;
}
