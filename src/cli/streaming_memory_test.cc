// Streaming: the peak memory of `dyad sentences` over JSON Lines does not grow with the size
// of the input (it is bounded by the in-flight window, not by the corpus).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "testing/temp_dir.h"

namespace dyad {
namespace {

// Writes about `megabytes` MB of JSON Lines articles to `path`.
void WriteCorpus(const std::string& path, int megabytes) {
  std::ofstream out(path, std::ios::binary);
  std::string text =
      "Officials in Baghdad said on Tuesday that talks with Washington would resume next week. "
      "Protesters gathered outside the ministry, and police made several arrests.";
  std::size_t written = 0;
  for (int i = 0; written < static_cast<std::size_t>(megabytes) << 20; ++i) {
    std::string line = "{\"id\":\"a" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
    out << line;
    written += line.size();
  }
}

// Runs the dyad binary on `input` (as stdin) and returns its peak resident set in KiB.
long PeakRssKb(const std::string& input) {
  pid_t pid = fork();
  if (pid == 0) {
    int in = open(input.c_str(), O_RDONLY);
    int null = open("/dev/null", O_WRONLY);
    dup2(in, 0);
    dup2(null, 1);
    dup2(null, 2);
    execl(DYAD_BINARY, DYAD_BINARY, "sentences", "-q", "-j", "2", "-", static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  return usage.ru_maxrss;
}

TEST(StreamingMemoryTest, PeakDoesNotGrowWithInputSize) {
  testing::TempDir dir;
  std::string small = dir.path() + "/small.jsonl";
  std::string large = dir.path() + "/large.jsonl";
  WriteCorpus(small, 8);
  WriteCorpus(large, 40);
  long small_kb = PeakRssKb(small);
  long large_kb = PeakRssKb(large);
  std::printf("peak RSS: 8 MB input %ld KiB, 40 MB input %ld KiB\n", small_kb, large_kb);
  // Five times the input, at most a little more memory (allocator noise).
  EXPECT_LT(large_kb, small_kb + small_kb / 4 + 4096);
}

}  // namespace
}  // namespace dyad
