-- Exchange rates (汇率) kept by finance: how many yuan one unit of a foreign currency is worth
-- from a date on. The rate for a date is the latest row dated on or before it. Rates are ×10⁶,
-- not ×10⁴: the yen is about 0.0478 yuan, which four places would keep to three significant
-- digits; six places hold the central parity as the PBOC publishes it (per 100 yen 4.7823 →
-- 0.047823 per yen, USD 7.1234 → 7.123400).
CREATE TABLE sales_fx_rates (
  id @ID@,
  currency TEXT NOT NULL CHECK (currency <> 'CNY'),
  rate_on TEXT NOT NULL,
  rate_e6 BIGINT NOT NULL CHECK (rate_e6 > 0),
  note TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at_us BIGINT NOT NULL,
  updated_at_us BIGINT NOT NULL,
  UNIQUE (currency, rate_on)
);
