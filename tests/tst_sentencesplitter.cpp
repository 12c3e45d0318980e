// SPDX-License-Identifier: GPL-3.0-or-later
// The sentence splitter's rules (models/extract/sentencesplitter.h), one row each, in our words.

#include "models/extract/sentencesplitter.h"

#include <QTest>

using Summit::Extract::SentenceSplitter;

/** Tests of SentenceSplitter: where sentences end and where they do not. */
class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void spansCoverTheText();
};

void TestSentenceSplitter::split_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QStringList>("sentences");

    QTest::newRow("two plain sentences")
        << QStringLiteral("The leaders met. They talked for an hour.")
        << QStringList { QStringLiteral("The leaders met."),
               QStringLiteral("They talked for an hour.") };
    QTest::newRow("initials are not ends")
        << QStringLiteral("V. Putin greeted A. Lukashenko. Both smiled.")
        << QStringList { QStringLiteral("V. Putin greeted A. Lukashenko."),
               QStringLiteral("Both smiled.") };
    QTest::newRow("Russian initials")
        << QStringLiteral("В. В. Путин прибыл в город. Встреча началась.")
        << QStringList { QStringLiteral("В. В. Путин прибыл в город."),
               QStringLiteral("Встреча началась.") };
    QTest::newRow("decimal value")
        << QStringLiteral("Trade reached $11.7 billion. It kept growing.")
        << QStringList { QStringLiteral("Trade reached $11.7 billion."),
               QStringLiteral("It kept growing.") };
    QTest::newRow("titles before names")
        << QStringLiteral("Mr. Aliyev flew to St. Petersburg. Talks began.")
        << QStringList { QStringLiteral("Mr. Aliyev flew to St. Petersburg."),
               QStringLiteral("Talks began.") };
    QTest::newRow("year abbreviation before a lower-case word")
        << QStringLiteral("Оборот в 2024 г. вырос на треть. Это рекорд.")
        << QStringList { QStringLiteral("Оборот в 2024 г. вырос на треть."),
               QStringLiteral("Это рекорд.") };
    QTest::newRow("unit abbreviation before a lower-case word")
        << QStringLiteral("Объем составил 40 млрд. долларов за год.")
        << QStringList { QStringLiteral("Объем составил 40 млрд. долларов за год.") };
    QTest::newRow("unit abbreviation ending a sentence")
        << QStringLiteral("Объем составил 40 млрд. Это много.")
        << QStringList { QStringLiteral("Объем составил 40 млрд."), QStringLiteral("Это много.") };
    QTest::newRow("quotation closed after the stop")
        << QStringLiteral("He said: “We meet every winter.” Then he left.")
        << QStringList { QStringLiteral("He said: “We meet every winter.”"),
               QStringLiteral("Then he left.") };
    QTest::newRow("Russian quotation")
        << QStringLiteral("«Мы встречаемся каждый год». Так сказал хозяин.")
        << QStringList { QStringLiteral("«Мы встречаемся каждый год»."),
               QStringLiteral("Так сказал хозяин.") };
    QTest::newRow("dateline stays with its sentence")
        << QStringLiteral("MINSK, March 3. /BELTA/. The talks opened. Nothing more.")
        << QStringList { QStringLiteral("MINSK, March 3. /BELTA/. The talks opened."),
               QStringLiteral("Nothing more.") };
    QTest::newRow("question and exclamation")
        << QStringLiteral("Did they meet? Yes! Twice.")
        << QStringList { QStringLiteral("Did they meet?"), QStringLiteral("Yes!"),
               QStringLiteral("Twice.") };
    QTest::newRow("month abbreviation")
        << QStringLiteral("Posted 8 Oct. 13:00 by the desk.")
        << QStringList { QStringLiteral("Posted 8 Oct. 13:00 by the desk.") };
    QTest::newRow("lower case after a stop")
        << QStringLiteral("The approx. figure was given.")
        << QStringList { QStringLiteral("The approx. figure was given.") };
    QTest::newRow("no final stop") << QStringLiteral("A heading without a stop")
                                   << QStringList { QStringLiteral("A heading without a stop") };
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestSentenceSplitter::split()
{
    QFETCH(QString, paragraph);
    QFETCH(QStringList, sentences);
    QCOMPARE(SentenceSplitter::sentences(paragraph), sentences);
}

void TestSentenceSplitter::spansCoverTheText()
{
    const QString text = QStringLiteral("  One. Two?  Three!  ");
    const auto spans = SentenceSplitter::split(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(text.mid(spans[0].start, spans[0].length), QStringLiteral("One."));
    QCOMPARE(text.mid(spans[2].start, spans[2].length), QStringLiteral("Three!"));
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
