// SPDX-License-Identifier: GPL-3.0-or-later
// A write failure that holds for root too: this process's soft file-size limit lowered, as
// `ulimit -f` sets it, for the object's lifetime, with SIGXFSZ ignored so that a write past it
// fails with EFBIG instead of ending the process.
#pragma once

#include <csignal>
#include <sys/resource.h>

namespace testfaults {

class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
        : m_handler(std::signal(SIGXFSZ, SIG_IGN))
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit lower = m_saved;
        lower.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lower);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    void (*m_handler)(int);
    rlimit m_saved {};
};

} // namespace testfaults
