// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Summit::Extract {

/**
 * What the user's dataset already holds, in plain values, so that the engine (Qt Core only)
 * can say how each proposal relates to it. app/proposecommand.cpp fills it from a Dataset.
 */
struct KnownFacts
{
    struct Person
    {
        QString id;
        QString name;
        QString role;
        QString country;
    };
    struct Country
    {
        QString code;
        QString name;
    };
    struct Attendance
    {
        QString country;
        QString status; ///< present, absent, unknown
    };
    struct Summit
    {
        QString id;
        QDate date;
        QString city;
        QString venue;
        QString host;
        QList<Attendance> attendance;
    };
    struct Meeting
    {
        QString id;
        QString summit;
        QStringList countries; ///< sorted
    };
    struct Trade
    {
        QString id;
        double valueUsd = 0;
        QString qualifier;
        QString scope;
        QStringList countries; ///< sorted
        QDate periodStart;
        QDate periodEnd;
    };

    QList<Person> people;
    QList<Country> countries;
    QList<Summit> summits;
    QList<Meeting> meetings;
    QList<Trade> trade;
};

} // namespace Summit::Extract
