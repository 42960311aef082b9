// SPDX-License-Identifier: GPL-3.0-or-later
// LD_PRELOAD helper for the start benchmark: tells the runner the moment a program started with
// --quit-after-first-paint (signpost) or the bare window asks to exit, which both do from a call
// queued just after their window's first paint. The runner takes the process start time itself,
// so start → first paint is measured without the teardown that follows and without changing
// Signpost. It interposes QCoreApplication::exit(int), writes one line on standard error,
//   signpost-benchmark: exit-requested-ns <CLOCK_MONOTONIC nanoseconds>
// and then calls Qt's own function. Used only by run_benchmark.py; never linked into anything.
#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <ctime>

namespace {

using ExitFunction = void (*)(int);
constexpr const char exitSymbol[] = "_ZN16QCoreApplication4exitEi"; // QCoreApplication::exit(int)

ExitFunction qtExit()
{
    static const ExitFunction function = [] {
        void *symbol = dlsym(RTLD_NEXT, exitSymbol);
        ExitFunction found = nullptr;
        static_assert(sizeof found == sizeof symbol);
        std::memcpy(&found, &symbol, sizeof found); // object pointer → function pointer, POSIX
        return found;
    }();
    return function;
}

void writeMark()
{
    static bool written = false;
    if (written)
        return;
    written = true;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    char line[96];
    const long long nanoseconds = static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec;
    const int length = std::snprintf(line, sizeof line,
                                     "signpost-benchmark: exit-requested-ns %lld\n", nanoseconds);
    if (length <= 0)
        return;
    // Nothing useful can be done if standard error is closed; the runner then reports no mark.
    if (write(STDERR_FILENO, line, std::size_t(length)) < 0)
        return;
}

} // namespace

// The mangled name of QCoreApplication::exit(int), defined with C linkage so this library
// provides it ahead of libQt6Core when preloaded.
extern "C" __attribute__((visibility("default"))) void _ZN16QCoreApplication4exitEi(int code)
{
    writeMark();
    if (const ExitFunction function = qtExit())
        function(code);
}
