// SPDX-License-Identifier: GPL-3.0-or-later
// Stage timings of `ipcscope-cli report --json` without the helper: reads a saved snapshot and
// prints the median milliseconds of parsing, analysing and writing the report JSON.
//   bench_analyze SNAPSHOT.json [RUNS]        (bench_report.sh runs it)
#include "analysis/analyzer.h"
#include "analysis/reportjson.h"
#include "model/snapshotparser.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ipcscope;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_analyze SNAPSHOT.json [RUNS]\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_analyze: cannot read %s\n", argv[1]);
        return 1;
    }
    const QByteArray json = file.readAll();
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    std::vector<double> parse, analysis, write;
    qsizetype objects = 0, bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        Result<Snapshot> snapshot = parseSnapshot(json);
        parse.push_back(t.nsecsElapsed() / 1e6);
        if (!snapshot) {
            std::fprintf(stderr, "bench_analyze: %s\n", qPrintable(snapshot.error().message));
            return 1;
        }
        t.restart();
        const Report report = analyze(snapshot.value());
        analysis.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        const QByteArray out = reportToJson(report);
        write.push_back(t.nsecsElapsed() / 1e6);
        objects = report.objects.size();
        bytes = out.size();
    }
    std::printf("%lld objects, snapshot %lld bytes, report %lld bytes; median of %d runs:\n",
                static_cast<long long>(objects), static_cast<long long>(json.size()),
                static_cast<long long>(bytes), runs);
    std::printf(
        "  parse snapshot  %8.1f ms\n  analyze         %8.1f ms\n  write JSON      %8.1f ms\n",
        median(parse), median(analysis), median(write));
    return 0;
}
