// threads::requestShortSlice and threads::runAsBatch: each case runs on a thread of its own,
// so the test's thread keeps its scheduling. Where the kernel reports no slices (before Linux
// 6.12, or not Linux) the slice request must be refused and change nothing.
#include "threads/threadscheduling.h"

#include <QTest>

#include <thread>

using namespace std::chrono_literals;
using namespace mlr::threads;

namespace {

struct Outcome
{
    std::chrono::microseconds before {}, after {}, childAfter {};
    bool granted = false, batchAfter = false, childBatch = false;
};

// On a new thread: the slice before, the request, the slice after, and what a thread started
// afterwards by that thread has.
template<typename Request> Outcome onNewThread(Request request)
{
    Outcome outcome;
    std::thread([&] {
        outcome.before = currentSlice();
        outcome.granted = request();
        outcome.after = currentSlice();
        outcome.batchAfter = isBatch();
        std::thread([&] {
            outcome.childAfter = currentSlice();
            outcome.childBatch = isBatch();
        }).join();
    }).join();
    return outcome;
}

std::chrono::microseconds defaultSlice()
{
    std::chrono::microseconds slice {};
    std::thread([&] { slice = currentSlice(); }).join();
    return slice;
}

} // namespace

class TestThreadScheduling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortSliceIsTheKernelMinimum() { QCOMPARE(shortSlice(), 100us); }

    void requestedSliceIsTaken_data()
    {
        QTest::addColumn<qint64>("sliceUs");
        QTest::newRow("the default short slice") << qint64(shortSlice().count());
        QTest::newRow("half a millisecond") << qint64(500);
        QTest::newRow("three milliseconds") << qint64(3000);
    }
    void requestedSliceIsTaken()
    {
        QFETCH(qint64, sliceUs);
        const std::chrono::microseconds slice(sliceUs);
        const Outcome outcome = onNewThread([&] { return requestShortSlice(slice); });
        QVERIFY(!outcome.batchAfter);
        if (defaultSlice() == 0us) {
            QVERIFY(!outcome.granted);
            QCOMPARE(outcome.after, outcome.before);
            return;
        }
        QVERIFY(outcome.granted);
        QCOMPARE(outcome.after, slice);
    }

    // Threads started after the request (Qt's network thread, pools) keep the default slice.
    void threadsStartedLaterKeepTheDefaultSlice()
    {
        const std::chrono::microseconds usual = defaultSlice();
        if (usual == 0us)
            QSKIP("this kernel reports no time slices (Linux 6.12 and later do)");
        QVERIFY(usual != shortSlice());
        const Outcome outcome = onNewThread([] { return requestShortSlice(); });
        QVERIFY(outcome.granted);
        QCOMPARE(outcome.after, shortSlice());
        QCOMPARE(outcome.childAfter, usual);
    }

    void batchIsTakenAndInherited()
    {
#if !defined(__linux__)
        QSKIP("SCHED_BATCH is Linux's");
#endif
        const Outcome outcome = onNewThread([] { return runAsBatch(); });
        QVERIFY(outcome.granted);
        QVERIFY(outcome.batchAfter);
        QVERIFY(outcome.childBatch); // a worker's own helpers are workers too
        QVERIFY(!isBatch()); // the test's thread is untouched
    }

    // A batch thread is a worker: it does not then ask for the GUI thread's short slice.
    void batchThreadIsNotGivenAShortSlice()
    {
        const Outcome outcome = onNewThread([] { return runAsBatch() && requestShortSlice(); });
        QVERIFY(!outcome.granted);
        QVERIFY(outcome.after != shortSlice() || defaultSlice() == shortSlice());
    }
};

QTEST_GUILESS_MAIN(TestThreadScheduling)
#include "tst_threadscheduling.moc"
