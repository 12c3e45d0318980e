// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extract/proposals.h"
#include "models/extract/report.h"

namespace Summit::Extract {

/**
 * The engine: analyses a report once (sentences, entities, the event each sentence is about)
 * and runs the finders over it. Pure and reentrant; a 10,000-word report takes a few
 * milliseconds (bench/extractbench.cpp).
 */
class Extractor
{
public:
    static Proposals extract(const Report &report);
};

} // namespace Summit::Extract
