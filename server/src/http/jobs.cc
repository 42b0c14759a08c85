#include "http/jobs.h"

#include <spdlog/spdlog.h>

#include "base/clock.h"
#include "crm/pool.h"
#include "crm/pool_service.h"
#include "sales/quotation_service.h"

namespace sd::http {

PeriodicJobs::~PeriodicJobs() { Stop(); }

void PeriodicJobs::RunOnce() {
  if (app_.db == nullptr || app_.clock == nullptr) return;
  const int64_t now_us = app_.clock->NowMicros();
  int64_t returned = 0;
  crm::IdleSweep sweep;
  Result<void> r = app_.db->Read([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(sweep, crm::FindIdleCustomers(tx, now_us));
    return Ok();
  });
  if (r && !sweep.idle.empty())
    r = app_.db->Write([&](db::Tx& tx) -> Result<void> {
      Result<int64_t> n = crm::ReturnIdleCustomers(tx, sweep, now_us, CompanyDay(now_us));
      if (!n) return Unexpected{std::move(n).error()};
      returned = *n;
      return Ok();
    });
  if (!r) {
    spdlog::warn("pool sweep failed: {} {}", r.error().key, r.error().detail);
  } else if (returned > 0) {
    spdlog::info("pool sweep: {} idle customers returned to the pool", returned);
  }
  ExpireQuotations(now_us);
}

void PeriodicJobs::ExpireQuotations(int64_t now_us) {
  int64_t expired = 0;
  Result<void> r = app_.db->Write([&](db::Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(expired, sales::ExpireQuotations(tx, now_us, CompanyDay(now_us)));
    return Ok();
  });
  if (!r) {
    spdlog::warn("quotation expiry failed: {} {}", r.error().key, r.error().detail);
  } else if (expired > 0) {
    spdlog::info("quotation expiry: {} sent quotations past their validity expired", expired);
  }
}

void PeriodicJobs::Start(std::chrono::milliseconds interval) {
  std::lock_guard<std::mutex> lock(mu_);
  if (thread_.joinable() || stopping_ || app_.db == nullptr) return;
  thread_ = std::thread([this, interval] {
    std::unique_lock<std::mutex> held(mu_);
    while (!cv_.wait_for(held, interval, [this] { return stopping_; })) {
      held.unlock();
      RunOnce();
      held.lock();
    }
  });
}

void PeriodicJobs::Stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

}  // namespace sd::http
