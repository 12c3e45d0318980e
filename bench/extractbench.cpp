// SPDX-License-Identifier: GPL-3.0-or-later
// The report importer's speed: summit-extract-bench [WORDS] [RUNS]
//
// Builds a synthetic report of WORDS words (default 10,000) from sentences written for this
// benchmark (English and Russian, dense with the engine's triggers: lists of leaders, absences,
// meetings, trade figures; and plain sentences in between), then times reading it from bytes and
// extracting its proposals, RUNS times (default 50), and prints the median and the slowest run,
// in wall time and in CPU time (which a loaded machine inflates less).

#include "models/extract/extractor.h"
#include "models/extract/reportreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Summit::Extract;

namespace {

QByteArray syntheticReport(int words)
{
    const char *const sentences[] = {
        "The informal CIS summit took place in St. Petersburg on December 22.",
        "It was attended by President of Belarus Alexander Lukashenko, Kazakh President "
        "Kassym-Jomart Tokayev and the Prime Minister of Armenia Nikol Pashinyan.",
        "The guests walked through the halls of the museum before lunch and talked about the "
        "weather, the season and the year behind them.",
        "Putin said Russia's trade with CIS members grew by 5 percent and reached almost $90 "
        "billion in the first ten months of this year.",
        "Президент Азербайджана не приедет на саммит СНГ из-за плотного графика.",
        "После саммита Путин проведет двустороннюю встречу с Токаевым.",
        "Товарооборот между странами СНГ за 10 месяцев 2025 года составил примерно 90 млрд "
        "долларов.",
        "Local newspapers wrote about the programme of concerts and the exhibitions that opened "
        "in the city during the week.",
    };
    QByteArray text;
    int count = 0;
    int k = 0;
    while (count < words) {
        const QByteArray sentence(sentences[k++ % std::size(sentences)]);
        text += sentence + (k % 3 ? " " : "\n");
        count += int(sentence.count(' ')) + 1;
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int words = argc > 1 ? std::max(100, atoi(argv[1])) : 10000;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 50;
    const QByteArray bytes = syntheticReport(words);
    QString error;
    QList<qint64> times;
    QList<double> cpu;
    int found = 0;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        const auto report = ReportReader::read(bytes, QStringLiteral("bench.txt"), &error);
        const Proposals proposals = Extractor::extract(*report);
        const qint64 ns = timer.nsecsElapsed();
        const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        found
            = int(proposals.attendance.size() + proposals.meetings.size() + proposals.trade.size());
        if (run > 0) { // the first run compiles the expressions
            times.append(ns);
            cpu.append(cpuMs);
        }
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%d words, %d runs: wall median %.2f ms, slowest %.2f ms; CPU median %.2f ms, "
                "slowest %.2f ms (%d proposals)\n",
        words, runs, times.at(times.size() / 2) / 1e6, times.last() / 1e6, cpu.at(cpu.size() / 2),
        cpu.last(), found);
    return 0;
}
