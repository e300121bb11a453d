// bench-rusage: runs a command and writes what it cost to a file: wall seconds, CPU seconds and
// peak resident memory, from wait4 as /usr/bin/time reports them.
//
// Why not measure from bench/run itself: Linux carries the exec'ing process's memory high-water
// mark into the new program's ru_maxrss, so a child spawned by a Python process that holds a
// gigabyte reports at least a gigabyte. This program is small, so what its child reports is the
// child's own peak.
//
// Usage: bench-rusage OUT_FILE COMMAND [ARGS...]; exits with the command's status. OUT_FILE gets
// one line "wall_s cpu_s max_rss_kb".
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench-rusage OUT_FILE COMMAND [ARGS...]\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid < 0) {
    std::perror("bench-rusage: fork");
    return 2;
  }
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    std::fprintf(stderr, "bench-rusage: %s: %s\n", argv[2], std::strerror(errno));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      std::perror("bench-rusage: wait4");
      return 2;
    }
  }
  const double wall =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
                     usage.ru_stime.tv_usec / 1e6;
  std::FILE* out = std::fopen(argv[1], "w");
  if (!out || std::fprintf(out, "%.6f %.6f %ld\n", wall, cpu, usage.ru_maxrss) < 0 ||
      std::fclose(out) != 0) {
    std::perror("bench-rusage: writing the measurement");
    return 2;
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
