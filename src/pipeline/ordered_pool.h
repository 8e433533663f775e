// RunOrdered: a bounded producer → worker pool → in-order consumer pipeline.
#ifndef DYAD_PIPELINE_ORDERED_POOL_H_
#define DYAD_PIPELINE_ORDERED_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace dyad {

// Calls `produce(&in)` on the calling thread until it returns false, runs `work(in)` on
// `threads` worker threads, and calls `consume(out)` on one thread in production order.
// At most `window` items are in flight, so memory is bounded by the window, not the input.
// `work` must be safe to call concurrently; `produce` and `consume` are never called
// concurrently with themselves. With threads <= 1 everything runs on the calling thread.
template <typename In, typename Out>
void RunOrdered(std::size_t threads, std::size_t window, const std::function<bool(In*)>& produce,
                const std::function<Out(In&)>& work, const std::function<void(Out&)>& consume) {
  if (threads <= 1) {
    In in;
    while (produce(&in)) {
      Out out = work(in);
      consume(out);
    }
    return;
  }
  if (window < threads) window = threads;
  std::mutex mu;
  std::condition_variable cv;
  std::deque<std::pair<std::size_t, In>> queue;
  std::map<std::size_t, Out> done;
  std::size_t produced = 0;
  std::size_t consumed = 0;
  bool finished = false;

  std::vector<std::thread> workers;
  for (std::size_t t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      for (;;) {
        std::pair<std::size_t, In> item;
        {
          std::unique_lock<std::mutex> lock(mu);
          cv.wait(lock, [&] { return !queue.empty() || finished; });
          if (queue.empty()) return;
          item = std::move(queue.front());
          queue.pop_front();
        }
        Out out = work(item.second);
        {
          std::lock_guard<std::mutex> lock(mu);
          done.emplace(item.first, std::move(out));
        }
        cv.notify_all();
      }
    });
  }
  std::thread writer([&] {
    for (;;) {
      Out out;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock,
                [&] { return done.count(consumed) > 0 || (finished && consumed == produced); });
        auto it = done.find(consumed);
        if (it == done.end()) return;
        out = std::move(it->second);
        done.erase(it);
      }
      consume(out);
      {
        std::lock_guard<std::mutex> lock(mu);
        ++consumed;
      }
      cv.notify_all();
    }
  });
  for (;;) {
    In in;
    if (!produce(&in)) break;
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return produced - consumed < window; });
    queue.emplace_back(produced++, std::move(in));
    lock.unlock();
    cv.notify_all();
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    finished = true;
  }
  cv.notify_all();
  for (std::thread& w : workers) w.join();
  writer.join();
}

}  // namespace dyad

#endif  // DYAD_PIPELINE_ORDERED_POOL_H_
