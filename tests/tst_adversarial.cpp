// SPDX-License-Identifier: GPL-3.0-or-later
// Every case of the adversarial corpus (tests/data/adversarial/cases.json), one
// data-driven test per class of input: each gets its clear message and exit code,
// within a timeout (a hang fails), and leaves the files it must not touch as they were.
// Time and memory per case are measured by bench_adversarial, not here.
#include "AdversarialCorpus.h"
#include "Language.h"

#include <QTemporaryDir>
#include <QTest>

class TestAdversarial : public QObject
{
    Q_OBJECT

private:
    QList<corpus::Case> m_cases = corpus::load();

    void addRows(const QString &cls)
    {
        QTest::addColumn<int>("index");
        int rows = 0;
        for (int i = 0; i < m_cases.size(); ++i)
            if (m_cases.at(i).cls == cls) {
                QTest::newRow(qPrintable(m_cases.at(i).name)) << i;
                ++rows;
            }
        if (rows == 0)
            qFatal("no corpus case of class %s", qPrintable(cls));
    }

    void check()
    {
        QFETCH(int, index);
        const corpus::Case &c = m_cases.at(index);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString why;
        QVERIFY2(corpus::prepare(c, dir.path(), &why), qPrintable(why));
        const QString unchangedPath = QString::fromUtf8(corpus::expand(c.unchanged, dir.path()));
        const QByteArray before = c.unchanged.isEmpty() ? QByteArray() : readFile(unchangedPath);

        QString said;
        QString printed;
        if (!c.cli.isEmpty()) {
            const corpus::Result r = corpus::run(c, QByteArrayLiteral(VRAM_PLANNER_EXE), dir.path());
            QVERIFY2(r.finished, "the program did not finish within 20 s");
            said = QString::fromUtf8(r.err);
            printed = QString::fromUtf8(r.out);
            QVERIFY2(r.exitCode == c.exit,
                     qPrintable(QStringLiteral("exit %1, expected %2\n%3").arg(r.exitCode).arg(c.exit).arg(said)));
        } else {
            said = corpus::readInProcess(c, dir.path());
        }
        for (const QString &s : c.says)
            QVERIFY2(said.contains(s), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(s, said.left(2000))));
        for (const QString &s : c.prints)
            QVERIFY2(printed.contains(s), qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(s, printed.left(2000))));
        if (!c.unchanged.isEmpty())
            QCOMPARE(readFile(unchangedPath), before);
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }

private slots:
    void initTestCase() { QVERIFY(vram::Language::install(QStringLiteral("en"))); }

    void everyCaseHasAClassThatIsTested()
    {
        const QStringList tested{QStringLiteral("special files"), QStringLiteral("bounded cost"),
                                 QStringLiteral("silent truncation"), QStringLiteral("engine limits"),
                                 QStringLiteral("arguments and state"), QStringLiteral("full disk and file-size limits")};
        for (const corpus::Case &c : m_cases) {
            QVERIFY2(tested.contains(c.cls), qPrintable(c.cls));
            QVERIFY2(!c.cli.isEmpty() || !c.read.isEmpty(), qPrintable(c.name));
            QVERIFY2(!c.says.isEmpty() || !c.prints.isEmpty() || c.exit == 0, qPrintable(c.name));
        }
    }

    void specialFiles_data() { addRows(QStringLiteral("special files")); }
    void specialFiles() { check(); }
    void boundedCost_data() { addRows(QStringLiteral("bounded cost")); }
    void boundedCost() { check(); }
    void silentTruncation_data() { addRows(QStringLiteral("silent truncation")); }
    void silentTruncation() { check(); }
    void engineLimits_data() { addRows(QStringLiteral("engine limits")); }
    void engineLimits() { check(); }
    void argumentsAndState_data() { addRows(QStringLiteral("arguments and state")); }
    void argumentsAndState() { check(); }
    void fullDiskAndFileSizeLimits_data() { addRows(QStringLiteral("full disk and file-size limits")); }
    void fullDiskAndFileSizeLimits() { check(); }
};

QTEST_MAIN(TestAdversarial)
#include "tst_adversarial.moc"
