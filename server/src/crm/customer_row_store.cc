#include "crm/customer_row_store.h"

namespace sd::crm::store {

// "SELECT <kCustomerFields> FROM crm_customers c <joins>".
std::string CustomerSelect() {
  return "SELECT " + std::string(kCustomerFields) + " FROM crm_customers c" +
         std::string(kCustomerJoins);
}

Customer CustomerFromRow(const db::Row& r) {
  Customer c;
  c.id = r.Int(0);
  c.code = r.Text(1);
  c.f.name = r.Text(2);
  c.f.short_name = r.Text(3);
  c.f.credit_code = r.OptText(4);
  c.mnemonic = r.Text(5);
  c.f.kind = r.Text(6);
  c.f.customer_class = r.Text(7);
  c.f.industry = r.Text(8);
  c.f.source = r.Text(9);
  c.f.region_id = r.OptInt(10);
  c.region_name = r.Text(11);
  c.f.address = r.Text(12);
  c.f.phone = r.Text(13);
  c.f.owner_staff_id = r.OptInt(14);
  c.owner_name = r.Text(15);
  c.f.support_staff_id = r.OptInt(16);
  c.support_name = r.Text(17);
  c.f.vat_title = r.Text(18);
  c.f.tax_number = r.Text(19);
  c.f.invoice_address = r.Text(20);
  c.f.invoice_phone = r.Text(21);
  c.f.bank_name = r.Text(22);
  c.f.bank_account = r.Text(23);
  c.f.settlement = r.Text(24);
  c.f.credit_days = r.Int(25);
  c.f.credit_limit_fen = r.Int(26);
  c.f.credit_rating = r.OptText(27);
  c.f.price_level = r.Text(28);
  c.f.dealer_level = r.Text(29);
  c.f.dealer_region_id = r.OptInt(30);
  c.f.agreement_from = r.OptText(31);
  c.f.agreement_to = r.OptText(32);
  c.f.notes = r.Text(33);
  c.f.status = r.Text(34);
  c.claimed_at_us = r.OptInt(35);
  c.last_follow_up_at_us = r.OptInt(36);
  c.next_follow_up_on = r.OptText(37);
  c.created_by_staff_id = r.OptInt(38);
  c.version = r.Int(39);
  c.created_at_us = r.Int(40);
  c.updated_at_us = r.Int(41);
  return c;
}

const std::string_view kContactColumns =
    "SELECT id, customer_id, name, title, role, phone, mobile, wechat, qq, email, is_primary, "
    "notes FROM crm_contacts";

Contact ContactFromRow(const db::Row& r) {
  Contact c;
  c.id = r.Int(0);
  c.name = r.Text(2);
  c.title = r.Text(3);
  c.role = r.Text(4);
  c.phone = r.Text(5);
  c.mobile = r.Text(6);
  c.wechat = r.Text(7);
  c.qq = r.Text(8);
  c.email = r.Text(9);
  c.is_primary = r.Int(10) != 0;
  c.notes = r.Text(11);
  return c;
}

// Escapes LIKE wildcards with '\' (used with ESCAPE '\').
std::string LikeEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// Appends "(region_id IN (the region and below))" for column.
void AppendRegionSubtree(const std::string& column, int64_t region_id, std::string* where,
                         std::vector<db::Value>* params) {
  params->push_back(region_id);
  *where += " AND " + column +
            " IN (WITH RECURSIVE sub(id) AS (SELECT id FROM org_regions WHERE id = $" +
            std::to_string(params->size()) +
            " UNION ALL SELECT r.id FROM org_regions r JOIN sub ON r.parent_id = sub.id) "
            "SELECT id FROM sub)";
}

}  // namespace sd::crm::store
