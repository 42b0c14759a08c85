#pragma once
// Amounts in Chinese capitals (大写金额), as cheques, invoices and quotations write them
// (《支付结算办法》 rules): 壹贰叁肆伍陆柒捌玖, units 拾佰仟 within a group of four digits and
// 万亿 between groups, then 元角分 and 整 when nothing follows. Pure; thread-safe.

#include <string>

#include "base/money.h"

namespace sd {

// The amount in capitals:
//   1005.20 → 壹仟零伍元贰角整   100000.00 → 壹拾万元整   0.05 → 伍分   0 → 零元整
//   16409.02 → 壹万陆仟肆佰零玖元零贰分   -3.50 → 负叁元伍角整
// Zeros between non-zero digits, within or across groups, are written as one 零 (the rules
// allow it either way; one way always keeps amounts comparable). A zero 元 digit before a
// non-zero 角 writes no 零 (壹拾元伍角整); a zero 角 before a non-zero 分 writes 零 after 元
// (the rules require it). The leading 拾 keeps its 壹 (壹拾万), as bank forms ask.
std::string ChineseCapitals(Money amount);

}  // namespace sd
