#pragma once
// A blocking pool of connections, opened lazily up to a capacity (SQLite readers, PostgreSQL).

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "base/result.h"
#include "db/errors.h"

namespace sd::db {

template <typename Conn>
class Pool {
 public:
  using Factory = std::function<Result<std::unique_ptr<Conn>>()>;

  Pool(size_t capacity, Factory factory) : capacity_(capacity), factory_(std::move(factory)) {}
  ~Pool() { Close(); }
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  // Hands out an idle connection, opens a new one while fewer than capacity exist, or blocks
  // until one is released. Errors: kUnavailable when closed; the factory's error if opening
  // fails. Release the connection with Release(). Thread-safe.
  Result<Conn*> Acquire() {
    std::unique_lock lock(mu_);
    for (;;) {
      if (closed_) return UnavailableError("database closed");
      if (!idle_.empty()) {
        Conn* c = idle_.back();
        idle_.pop_back();
        ++leased_;
        return c;
      }
      if (all_.size() + opening_ < capacity_) break;
      available_.wait(lock);
    }
    ++opening_;
    lock.unlock();
    Result<std::unique_ptr<Conn>> made = factory_();
    lock.lock();
    --opening_;
    if (!made) {
      Notify();
      return std::move(made).error();
    }
    all_.push_back(std::move(*made));
    ++leased_;
    return all_.back().get();
  }

  void Release(Conn* c) {
    std::lock_guard lock(mu_);
    idle_.push_back(c);
    --leased_;
    Notify();
  }

  // Refuses further Acquire calls, waits for leased connections to come back, closes them all.
  // Idempotent.
  void Close() {
    std::unique_lock lock(mu_);
    closed_ = true;
    available_.notify_all();
    drained_.wait(lock, [this] { return leased_ == 0 && opening_ == 0; });
    idle_.clear();
    all_.clear();
  }

 private:
  // A connection or a slot came free: wake one waiter, or Close() once closed. Holds mu_.
  void Notify() {
    if (closed_) {
      drained_.notify_all();
    } else {
      available_.notify_one();
    }
  }

  const size_t capacity_;
  const Factory factory_;
  std::mutex mu_;
  std::condition_variable available_;
  std::condition_variable drained_;
  std::vector<std::unique_ptr<Conn>> all_;
  std::vector<Conn*> idle_;
  size_t leased_ = 0;
  size_t opening_ = 0;
  bool closed_ = false;
};

// Returns a connection to its pool at the end of a scope.
template <typename Conn>
class Lease {
 public:
  Lease(Pool<Conn>* pool, Conn* conn) : pool_(pool), conn_(conn) {}
  ~Lease() { pool_->Release(conn_); }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  Conn* operator->() const { return conn_; }
  Conn& operator*() const { return *conn_; }

 private:
  Pool<Conn>* pool_;
  Conn* conn_;
};

}  // namespace sd::db
