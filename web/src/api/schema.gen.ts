// Generated from the server's OpenAPI document by web/scripts/gen-api-types.mjs: do not edit.
// Regenerate after changing a route or schema: node web/scripts/gen-api-types.mjs
export interface paths {
  '/api/v1/audit': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The audit log, newest first */
    get: operations['GET /api/v1/audit']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/auth/login': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Log in. Web clients get an HttpOnly session cookie and a CSRF token; API clients (client=api) a bearer token. 401 for any wrong login or password, 429 when locked. */
    post: operations['POST /api/v1/auth/login']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/auth/logout': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** End this session */
    post: operations['POST /api/v1/auth/logout']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/auth/me': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The signed-in user with their staff member and positions, permissions (roles and positions) and data scope */
    get: operations['GET /api/v1/auth/me']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/auth/password': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Change the own password; other sessions end */
    post: operations['POST /api/v1/auth/password']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/auth/preferences': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /** Save the own UI language */
    put: operations['PUT /api/v1/auth/preferences']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/competitors': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Competitors by name */
    get: operations['GET /api/v1/competitors']
    put?: never
    /** Add a competitor (409 crm.competitor.name_taken) */
    post: operations['POST /api/v1/competitors']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/competitors/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One competitor with the prices seen, newest first */
    get: operations['GET /api/v1/competitors/{id}']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    /** Change a competitor (optimistic lock by version) */
    patch: operations['PATCH /api/v1/competitors/{id}']
    trace?: never
  }
  '/api/v1/competitors/{id}/prices': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Prices seen of a competitor, newest first */
    get: operations['GET /api/v1/competitors/{id}/prices']
    put?: never
    /** Record a price seen in the market (customer, when given, must be visible) */
    post: operations['POST /api/v1/competitors/{id}/prices']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/credit-ratings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Proposals waiting for the caller's decision (not the caller's own) */
    get: operations['GET /api/v1/credit-ratings']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/credit-ratings/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Approve a proposal: sets the customer's rating, limit and days (422 crm.credit.self_approval for one's own proposal) */
    post: operations['POST /api/v1/credit-ratings/{id}/approve']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/credit-ratings/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Reject a proposal */
    post: operations['POST /api/v1/credit-ratings/{id}/reject']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/crm/pool/sweep': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Return idle customers to the pool now (the server also does it at start and hourly) */
    post: operations['POST /api/v1/crm/pool/sweep']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/crm/settings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Pool settings: claim cap and idle days per class */
    get: operations['GET /api/v1/crm/settings']
    /** Change the pool settings */
    put: operations['PUT /api/v1/crm/settings']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customer-prices': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Customer agreed prices of the customers in the user's scope (a customer out of scope: 404) */
    get: operations['GET /api/v1/customer-prices']
    put?: never
    /** Set a customer's agreed price from valid_from (the row of the same start is replaced); out of scope: 404 */
    post: operations['POST /api/v1/customer-prices']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List and search customers in the caller's data scope */
    get: operations['GET /api/v1/customers']
    put?: never
    /** Create a customer (409 crm.customer.duplicate_credit_code; crm.customer.duplicate_name for an equal name unless both credit codes differ; crm.customer.similar_name unless confirm_similar) */
    post: operations['POST /api/v1/customers']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/export.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The customers of the list's filters in the caller's data scope as an Excel workbook (sheets 客户 and 联系人; at most 200,000 rows), audited as customer export */
    get: operations['GET /api/v1/customers/export.xlsx']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/import': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Import customers and contacts from the .xlsx or CSV file sent as the body (UTF-8 or GBK CSV); all rows or none: any bad row gives 422 crm.import.rows_invalid with rows [{row, field, column, code, message}]; a file past the bounds (64 MiB, 200,000 rows, 256 columns, 32 KiB a cell; .xlsx: 256 MiB a part decompressed, 512 MiB in all, compression ratio 200, 64 MiB of shared strings) gives 413 with the bound's code (http.table.*), a body over 64 MiB 413 before it is read */
    post: operations['POST /api/v1/customers/import']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/import-template.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The import template: the column headers, and a sheet explaining them */
    get: operations['GET /api/v1/customers/import-template.xlsx']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One customer with contacts, varieties and actions (404 outside the scope) */
    get: operations['GET /api/v1/customers/{id}']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    /** Change a customer (optimistic lock by version); owner and credit change through transfer, pool and credit ratings */
    patch: operations['PATCH /api/v1/customers/{id}']
    trace?: never
  }
  '/api/v1/customers/{id}/attachments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The customer's attachments, oldest first (404 outside the scope) */
    get: operations['GET /api/v1/customers/{id}/attachments']
    put?: never
    /** Attach a file to the customer: multipart/form-data with the part `file`, or the bytes as the body with ?filename=. PDF, JPEG, PNG, GIF, WEBP, TIFF, docx, xlsx, doc, xls, txt, csv, checked by content (400 doc.attachment.type_refused / type_mismatch / executable); larger than max_bytes: 413 doc.attachment.too_large. Equal files are stored once */
    post: operations['POST /api/v1/customers/{id}/attachments']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/{id}/attachments/{attachment_id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Download an attachment (audited); Content-Type from its content, the name in Content-Disposition (RFC 5987) */
    get: operations['GET /api/v1/customers/{id}/attachments/{attachment_id}']
    put?: never
    post?: never
    /** Delete an attachment: its uploader, or whoever may change the customer (403 doc.attachment.delete_denied), while the customer's state allows (422 doc.attachment.not_deletable) */
    delete: operations['DELETE /api/v1/customers/{id}/attachments/{attachment_id}']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/{id}/comments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The customer's comments, newest first (at most 500) */
    get: operations['GET /api/v1/customers/{id}/comments']
    put?: never
    /** Comment on the customer (at most 2000 characters; audited) */
    post: operations['POST /api/v1/customers/{id}/comments']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/{id}/credit-ratings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The customer's credit ratings, newest first */
    get: operations['GET /api/v1/customers/{id}/credit-ratings']
    put?: never
    /** Propose a credit rating (customer.credit_propose or customer.credit_approve) */
    post: operations['POST /api/v1/customers/{id}/credit-ratings']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/{id}/follow-ups': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Visit and call records of a customer, newest first */
    get: operations['GET /api/v1/customers/{id}/follow-ups']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/{id}/release': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Put the customer back into the pool (its owner, or a transfer approver) */
    post: operations['POST /api/v1/customers/{id}/release']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/{id}/timeline': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The customer's history: audit records, comments, attachments and follow-ups, newest first */
    get: operations['GET /api/v1/customers/{id}/timeline']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/customers/{id}/transfer': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Transfer a customer: done at once with customer.transfer_approve (200, state approved), else requested by its owner (customer.transfer; 201, state requested) */
    post: operations['POST /api/v1/customers/{id}/transfer']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/departments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Every department (a tree by parent_id) with its counts */
    get: operations['GET /api/v1/departments']
    put?: never
    /** Create a department */
    post: operations['POST /api/v1/departments']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/departments/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Delete a department without sub-departments, positions, staff or accounts */
    delete: operations['DELETE /api/v1/departments/{id}']
    options?: never
    head?: never
    /** Rename, renumber or move a department (optimistic lock by version) */
    patch: operations['PATCH /api/v1/departments/{id}']
    trace?: never
  }
  '/api/v1/follow-up-calendar': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Visits and calls logged, and customers' next follow-up dates, in a date range (at most 100 days) */
    get: operations['GET /api/v1/follow-up-calendar']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/follow-up-plans': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Calendar feed of visit and call plans of the staff in the caller's scope */
    get: operations['GET /api/v1/follow-up-plans']
    put?: never
    /** Plan a visit or call (拜访计划 / 电话销售计划) */
    post: operations['POST /api/v1/follow-up-plans']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/follow-up-plans/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    /** Move or cancel a plan (optimistic lock; 422 crm.follow_up.plan_closed) */
    patch: operations['PATCH /api/v1/follow-up-plans/{id}']
    trace?: never
  }
  '/api/v1/follow-ups': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Log a visit or call: sets the customer's last follow-up (now) and next follow-up date, closes the plan */
    post: operations['POST /api/v1/follow-ups']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fx-rates': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Exchange rates, newest date first (at most 500) */
    get: operations['GET /api/v1/fx-rates']
    put?: never
    /** Set a currency's rate from a date (the same date's rate is replaced; audited) */
    post: operations['POST /api/v1/fx-rates']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/fx-rates/on': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The rate of a currency on a date: the latest dated on or before it (422 sales.fx.no_rate when none) */
    get: operations['GET /api/v1/fx-rates/on']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/inbox': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** What needs the caller now: follow-ups due, leads to contact or assign, approvals, unread notices */
    get: operations['GET /api/v1/inbox']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/inbox/notices/{id}/read': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Mark one of the caller's notices read */
    post: operations['POST /api/v1/inbox/notices/{id}/read']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/inquiries': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Foreign inquiries the caller sees, with the buyer's local time */
    get: operations['GET /api/v1/inquiries']
    put?: never
    /** Record an inquiry, kept by its creator (state assigned) */
    post: operations['POST /api/v1/inquiries']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/inquiries/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One inquiry (404 when out of sight) */
    get: operations['GET /api/v1/inquiries/{id}']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    /** Analysis and reply of an open inquiry (its keeper; optimistic lock) */
    patch: operations['PATCH /api/v1/inquiries/{id}']
    trace?: never
  }
  '/api/v1/inquiries/{id}/assign': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Assign the inquiry to a staff member (notice lead_assigned) */
    post: operations['POST /api/v1/inquiries/{id}/assign']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/inquiries/{id}/contact': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The assignee's contact (422 crm.lead.action_not_allowed in another state; the first contact sets response_minutes) */
    post: operations['POST /api/v1/inquiries/{id}/contact']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/inquiries/{id}/convert': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Convert into a customer owned by the assignee (same checks as POST /customers) */
    post: operations['POST /api/v1/inquiries/{id}/convert']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/inquiries/{id}/discard': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The assignee's discard (422 crm.lead.action_not_allowed in another state) */
    post: operations['POST /api/v1/inquiries/{id}/discard']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/inquiries/{id}/qualify': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The assignee's qualify (422 crm.lead.action_not_allowed in another state) */
    post: operations['POST /api/v1/inquiries/{id}/qualify']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/inquiries/{id}/samples': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Samples of an inquiry */
    get: operations['GET /api/v1/inquiries/{id}/samples']
    put?: never
    /** Request a sample for the buyer (state requested) */
    post: operations['POST /api/v1/inquiries/{id}/samples']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/leads': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Leads the caller sees (assignee, creator, lead.assign over their scope) */
    get: operations['GET /api/v1/leads']
    put?: never
    /** Create a lead; routed at once to the owner of its region (walking up the tree; an owner who left → their superior; none → unassigned, state new) */
    post: operations['POST /api/v1/leads']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/leads/import': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Import leads from the .xlsx or CSV file sent as the body (columns 公司名称/company, 联系人, 电话, 邮箱, 微信, 来源, 片区 (code or name), 意向产品, 留言); each lead is routed. Any row error: 422 crm.import.rows_invalid with rows, nothing written */
    post: operations['POST /api/v1/leads/import']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/leads/stats': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Response time (received → first contact) per assignee: average and p90 minutes */
    get: operations['GET /api/v1/leads/stats']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/leads/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One lead (404 when out of sight) */
    get: operations['GET /api/v1/leads/{id}']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/leads/{id}/assign': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Assign the lead to a staff member (notice lead_assigned) */
    post: operations['POST /api/v1/leads/{id}/assign']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/leads/{id}/contact': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The assignee's contact (422 crm.lead.action_not_allowed in another state; the first contact sets response_minutes) */
    post: operations['POST /api/v1/leads/{id}/contact']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/leads/{id}/convert': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Convert into a customer owned by the assignee (same checks as POST /customers) */
    post: operations['POST /api/v1/leads/{id}/convert']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/leads/{id}/discard': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The assignee's discard (422 crm.lead.action_not_allowed in another state) */
    post: operations['POST /api/v1/leads/{id}/discard']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/leads/{id}/qualify': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The assignee's qualify (422 crm.lead.action_not_allowed in another state) */
    post: operations['POST /api/v1/leads/{id}/qualify']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/openapi.json': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** This OpenAPI 3 document */
    get: operations['GET /api/v1/openapi.json']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/org/assignments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The division of work (分工) */
    get: operations['GET /api/v1/org/assignments']
    put?: never
    /** Assign work; never to oneself (422 org.assignment.self), once per kind, staff, subject and product line (409 org.assignment.duplicate) */
    post: operations['POST /api/v1/org/assignments']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/org/assignments/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Remove an assignment */
    delete: operations['DELETE /api/v1/org/assignments/{id}']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/org/chart': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The organization chart: departments, positions and their active holders */
    get: operations['GET /api/v1/org/chart']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/org/template': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The positions of the default template and whether each exists */
    get: operations['GET /api/v1/org/template']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/org/template/apply': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Create every template position not present yet (superiors first) */
    post: operations['POST /api/v1/org/template/apply']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/permissions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Every permission with its name in the request language */
    get: operations['GET /api/v1/permissions']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/pool': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Customers in the pool (公海), basic fields only */
    get: operations['GET /api/v1/pool']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/pool/{id}/claim': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Claim a pool customer (422 crm.pool.cap_reached at the cap) */
    post: operations['POST /api/v1/pool/{id}/claim']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/positions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List positions (by department order, then code) */
    get: operations['GET /api/v1/positions']
    put?: never
    /** Create a position */
    post: operations['POST /api/v1/positions']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/positions/export.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Every position as an Excel workbook (sheets: positions, duties, authorities, indicators; names in the request language) */
    get: operations['GET /api/v1/positions/export.xlsx']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/positions/from-template': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Create one position from the template */
    post: operations['POST /api/v1/positions/from-template']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/positions/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One position with duties, authorities, indicators and holders */
    get: operations['GET /api/v1/positions/{id}']
    /** Save a whole position (lists rewritten, permissions re-granted; optimistic lock) */
    put: operations['PUT /api/v1/positions/{id}']
    post?: never
    /** Delete a position nobody holds, that heads or assesses no other position */
    delete: operations['DELETE /api/v1/positions/{id}']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-floors': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Floor prices with their history (newest start first) */
    get: operations['GET /api/v1/price-floors']
    put?: never
    /** Set a product's floor from valid_from, for every kind or one */
    post: operations['POST /api/v1/price-floors']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-history': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Every change of a price or floor (who, when, old → new, effective dates), newest first, by product and/or customer (customer out of scope: 404) */
    get: operations['GET /api/v1/price-history']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-history/export.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The price history as GET /price-history reads it (same keys and scope), every page, as an Excel workbook with headers in the request's language */
    get: operations['GET /api/v1/price-history/export.xlsx']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-lists': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Price lists by customer kind, level, region and season */
    get: operations['GET /api/v1/price-lists']
    put?: never
    /** Create a draft price list */
    post: operations['POST /api/v1/price-lists']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-lists/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A price list with its lines and actions */
    get: operations['GET /api/v1/price-lists/{id}']
    /** Change a draft or active list (422 catalog.price_list.closed; 409 catalog.price_list.overlaps for an active list) */
    put: operations['PUT /api/v1/price-lists/{id}']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-lists/{id}/activate': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Put a draft list into use (409 catalog.price_list.overlaps: an active list of the same kind, level, region and season meets its validity) */
    post: operations['POST /api/v1/price-lists/{id}/activate']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-lists/{id}/close': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Close a list: kept as history, prices nothing */
    post: operations['POST /api/v1/price-lists/{id}/close']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-lists/{id}/export.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** A price list's lines as an Excel workbook, headers in the request's language */
    get: operations['GET /api/v1/price-lists/{id}/export.xlsx']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-lists/{id}/lines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /** Set the price of a product and quantity tier in the list (a new line or a new price; recorded in the price history) */
    put: operations['PUT /api/v1/price-lists/{id}/lines']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-lists/{id}/lines/{line_id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Remove a line */
    delete: operations['DELETE /api/v1/price-lists/{id}/lines/{line_id}']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-requests': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Price change requests: every one for price.set holders, one's own otherwise; to_decide=true: those the user may decide now (never their own) */
    get: operations['GET /api/v1/price-requests']
    put?: never
    /** Propose a customer price, floor or list line; a price.set holder decides it */
    post: operations['POST /api/v1/price-requests']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-requests/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One request with its actions */
    get: operations['GET /api/v1/price-requests/{id}']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-requests/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Approve and apply the change (422 catalog.price_request.own_request for the proposer) */
    post: operations['POST /api/v1/price-requests/{id}/approve']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-requests/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Reject the change (never the proposer) */
    post: operations['POST /api/v1/price-requests/{id}/reject']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-requests/{id}/withdraw': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The proposer withdraws a pending request (撤回); nobody else can */
    post: operations['POST /api/v1/price-requests/{id}/withdraw']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-seasons': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Seasons (旺季/淡季) the price lists name */
    get: operations['GET /api/v1/price-seasons']
    put?: never
    /** Add a season (409 catalog.season.name_taken) */
    post: operations['POST /api/v1/price-seasons']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/price-seasons/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /** Change a season (optimistic lock by version) */
    put: operations['PUT /api/v1/price-seasons/{id}']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/pricing/quote': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The price for the customer, product, quantity and day and which rule gave it: customer price > season list > base list, most specific list, highest tier not above qty; with the floor, tax rate and standard cost (customer out of scope: 404) */
    get: operations['GET /api/v1/pricing/quote']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/product-lines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Every product line */
    get: operations['GET /api/v1/product-lines']
    put?: never
    /** Create a product line */
    post: operations['POST /api/v1/product-lines']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/product-lines/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    /** Change a product line (optimistic lock by version) */
    patch: operations['PATCH /api/v1/product-lines/{id}']
    trace?: never
  }
  '/api/v1/products': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List and search the catalog */
    get: operations['GET /api/v1/products']
    put?: never
    /** Create a product (400 with field errors; 409 catalog.product.code_taken) */
    post: operations['POST /api/v1/products']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/products/export.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The products of the list's filters as an Excel workbook (sheet 产品, the import's columns, headers in the request's language; at most 200,000 rows) */
    get: operations['GET /api/v1/products/export.xlsx']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/products/import': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Import new products from the .xlsx or CSV file sent as the body (the export's columns; 产品名称, 产品线 and 基本单位 required; units written 千克=0.001; 袋=1); all rows or none: any bad row gives 422 catalog.import.rows_invalid with rows [{row, field, column, code, message}]; at most 20,000 products (413 catalog.import.too_many_products) within the table reader's bounds (413 http.table.*) */
    post: operations['POST /api/v1/products/import']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/products/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One product with its actions */
    get: operations['GET /api/v1/products/{id}']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    /** Change a product (optimistic lock by version; units replace the whole list); the status changes through discontinue and reactivate */
    patch: operations['PATCH /api/v1/products/{id}']
    trace?: never
  }
  '/api/v1/products/{id}/discontinue': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Stop offering an active product (422 catalog.product.action_not_allowed otherwise) */
    post: operations['POST /api/v1/products/{id}/discontinue']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/products/{id}/reactivate': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Offer a discontinued product again */
    post: operations['POST /api/v1/products/{id}/reactivate']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List quotations within the caller's scope, newest first */
    get: operations['GET /api/v1/quotations']
    put?: never
    /** Make a draft quotation (400 with field errors; 404 for a customer or lead out of scope) */
    post: operations['POST /api/v1/quotations']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/export.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The quotation list as .xlsx (the list's filters and scope; headers in the request's language) */
    get: operations['GET /api/v1/quotations/export.xlsx']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One quotation with its lines, totals, 大写 and actions */
    get: operations['GET /api/v1/quotations/{id}']
    /** Replace a draft's fields and lines (optimistic lock by version; 422 sales.quotation.not_draft after submit) */
    put: operations['PUT /api/v1/quotations/{id}']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/accept': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The customer accepted it */
    post: operations['POST /api/v1/quotations/{id}/accept']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Approve the below-floor prices (the pending step's decider, never the maker) */
    post: operations['POST /api/v1/quotations/{id}/approve']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/attachments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The quotation's attachments, oldest first (404 outside the scope) */
    get: operations['GET /api/v1/quotations/{id}/attachments']
    put?: never
    /** Attach a file to the quotation: multipart/form-data with the part `file`, or the bytes as the body with ?filename=. PDF, JPEG, PNG, GIF, WEBP, TIFF, docx, xlsx, doc, xls, txt, csv, checked by content (400 doc.attachment.type_refused / type_mismatch / executable); larger than max_bytes: 413 doc.attachment.too_large. Equal files are stored once */
    post: operations['POST /api/v1/quotations/{id}/attachments']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/attachments/{attachment_id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Download an attachment (audited); Content-Type from its content, the name in Content-Disposition (RFC 5987) */
    get: operations['GET /api/v1/quotations/{id}/attachments/{attachment_id}']
    put?: never
    post?: never
    /** Delete an attachment: its uploader, or whoever may change the quotation (403 doc.attachment.delete_denied), while the quotation's state allows (422 doc.attachment.not_deletable) */
    delete: operations['DELETE /api/v1/quotations/{id}/attachments/{attachment_id}']
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/cancel': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Cancel a draft or an unsent quotation */
    post: operations['POST /api/v1/quotations/{id}/cancel']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/comments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The quotation's comments, newest first (at most 500) */
    get: operations['GET /api/v1/quotations/{id}/comments']
    put?: never
    /** Comment on the quotation (at most 2000 characters; audited) */
    post: operations['POST /api/v1/quotations/{id}/comments']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/decline': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Return the quotation to its maker to revise (the pending step's decider) */
    post: operations['POST /api/v1/quotations/{id}/decline']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The customer declined it */
    post: operations['POST /api/v1/quotations/{id}/reject']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/send': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Record that the quotation went to the customer (422 after its validity) */
    post: operations['POST /api/v1/quotations/{id}/send']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/submit': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Submit: takes the number BJ-YYYY-NNNNNN; below a floor without price.below_floor it awaits the maker's superior (submitted), otherwise it is ready to send (approved) */
    post: operations['POST /api/v1/quotations/{id}/submit']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/timeline': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** The quotation's history, newest first: audit records, comments, attachments (the customer timeline's shape) */
    get: operations['GET /api/v1/quotations/{id}/timeline']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/quotations/{id}/withdraw': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The maker takes a submitted quotation back to draft before it is decided (撤回) */
    post: operations['POST /api/v1/quotations/{id}/withdraw']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/regions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Every region, flat (build the tree from parent_id) */
    get: operations['GET /api/v1/regions']
    put?: never
    /** Create a region; a province has no parent, a city sits under a province, a county under a city (422 org.region.level) */
    post: operations['POST /api/v1/regions']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/regions/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    post?: never
    /** Delete a region without sub-regions or covering staff (422 org.region.in_use) */
    delete: operations['DELETE /api/v1/regions/{id}']
    options?: never
    head?: never
    /** Change a region (optimistic lock by version) */
    patch: operations['PATCH /api/v1/regions/{id}']
    trace?: never
  }
  '/api/v1/roles': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Roles with their permissions and data scope */
    get: operations['GET /api/v1/roles']
    put?: never
    /** Create a role */
    post: operations['POST /api/v1/roles']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/roles/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    /** Replace a role's name, scope and permissions */
    put: operations['PUT /api/v1/roles/{id}']
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/samples': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Samples requested by the caller or by staff in the caller's scope */
    get: operations['GET /api/v1/samples']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/samples/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One sample */
    get: operations['GET /api/v1/samples/{id}']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/samples/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Approve a requested sample (422 crm.sample.self_approval for one's own request) */
    post: operations['POST /api/v1/samples/{id}/approve']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/samples/{id}/feedback': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** The buyer's feedback on a shipped sample */
    post: operations['POST /api/v1/samples/{id}/feedback']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/samples/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Reject a requested sample (never one's own) */
    post: operations['POST /api/v1/samples/{id}/reject']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/samples/{id}/ship': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Ship an approved sample by courier with a tracking number */
    post: operations['POST /api/v1/samples/{id}/ship']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/staff': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List staff */
    get: operations['GET /api/v1/staff']
    put?: never
    /** Create a staff member (409 when the code is taken) */
    post: operations['POST /api/v1/staff']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/staff/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One staff member */
    get: operations['GET /api/v1/staff/{id}']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    /** Change a staff member (optimistic lock by version; 422 org.staff.cycle when the superior is the person or below them). Positions take effect for the linked account on its next request. */
    patch: operations['PATCH /api/v1/staff/{id}']
    trace?: never
  }
  '/api/v1/transfers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Transfers of customers in the caller's scope, newest first */
    get: operations['GET /api/v1/transfers']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/transfers/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Approve a requested transfer: the owner changes (audited) */
    post: operations['POST /api/v1/transfers/{id}/approve']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/transfers/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Reject a requested transfer */
    post: operations['POST /api/v1/transfers/{id}/reject']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/users': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** List users */
    get: operations['GET /api/v1/users']
    put?: never
    /** Create a user */
    post: operations['POST /api/v1/users']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/users/{id}': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** One user */
    get: operations['GET /api/v1/users/{id}']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    /** Change name, roles, department, staff link or language (optimistic lock by version) */
    patch: operations['PATCH /api/v1/users/{id}']
    trace?: never
  }
  '/api/v1/users/{id}/disable': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Disable a user; their sessions end */
    post: operations['POST /api/v1/users/{id}/disable']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/users/{id}/enable': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Enable a user */
    post: operations['POST /api/v1/users/{id}/enable']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/api/v1/users/{id}/reset-password': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    get?: never
    put?: never
    /** Give a user a one-time password; their sessions end */
    post: operations['POST /api/v1/users/{id}/reset-password']
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/healthz': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Liveness and database health (503 when the database is unhealthy) */
    get: operations['GET /healthz']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
  '/metrics': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    /** Prometheus metrics: request counts, latency and database timings */
    get: operations['GET /metrics']
    put?: never
    post?: never
    delete?: never
    options?: never
    head?: never
    patch?: never
    trace?: never
  }
}
export type webhooks = Record<string, never>
export interface components {
  schemas: {
    Assignment: {
      /** Format: date-time */
      created_at: string
      id: number
      /** @enum {string} */
      kind: 'support' | 'price_audit' | 'order_check' | 'supervise'
      notes: string
      product_line_id: number | null
      product_line_name: string | null
      staff_id: number
      staff_name: string
      subject_name: string
      subject_staff_id: number
    }
    AssignmentList: {
      items: components['schemas']['Assignment'][]
    }
    Attachment: {
      actions: ('download' | 'delete')[]
      /** Format: date-time */
      created_at: string
      file_name: string
      id: number
      /** @description from the content, not the client */
      media_type: string
      /** @description content address: equal files share it */
      sha256: string
      size_bytes: number
      uploaded_by: string
      uploaded_by_user_id: number
    }
    AttachmentList: {
      actions: 'upload'[]
      items: components['schemas']['Attachment'][]
      /** @description the largest file the server accepts */
      max_bytes: number
    }
    AuditPage: {
      items: {
        action: string
        /** @description the action in the reader's language */
        action_label: string
        after: Record<string, never> | null
        /** Format: date-time */
        at: string
        before: Record<string, never> | null
        changes: {
          after: string
          before: string
          field: string
          label: string
        }[]
        client_addr: string
        entity: string
        entity_id: number
        /** @description the entity in the reader's language */
        entity_label: string
        id: number
        request_id: string
        /** @description the record: code and name, or empty */
        subject: string
        user_id: number | null
        user_login: string
      }[]
      page: number
      size: number
      total: number
    }
    /** Format: binary */
    Binary: string
    CalendarItem: {
      customer_code: string
      customer_id: number
      customer_name: string
      /** @description the follow-up record, or the customer */
      id: number
      /** @enum {string} */
      kind: 'visit' | 'call' | ''
      /** Format: date */
      on: string
      staff_id: number | null
      staff_name: string
      text: string
    }
    Comment: {
      author: string
      author_user_id: number
      body: string
      /** Format: date-time */
      created_at: string
      id: number
    }
    CommentList: {
      actions: 'add'[]
      items: components['schemas']['Comment'][]
    }
    Competitor: {
      brands: string
      /** Format: date-time */
      created_at: string
      id: number
      /** Format: date */
      last_seen_on: string | null
      name: string
      notes: string
      price_count: number
      /** @description GET /competitors/{id} only */
      prices: components['schemas']['CompetitorPrice'][]
      region_id: number | null
      region_name: string
      strengths: string
      /** Format: date-time */
      updated_at: string
      version: number
      weaknesses: string
    }
    CompetitorPage: {
      items: components['schemas']['Competitor'][]
      page: number
      size: number
      total: number
    }
    CompetitorPatch: {
      brands?: string
      name?: string
      notes?: string
      region_id?: number | null
      strengths?: string
      version: number
      weaknesses?: string
    }
    CompetitorPrice: {
      brand: string
      competitor_id: number
      /** Format: date-time */
      created_at: string
      /** @description null also when the customer is outside the caller's scope */
      customer_id: number | null
      customer_name: string
      id: number
      notes: string
      /** @example 3850.0000 */
      price: string | null
      product: string
      recorded_by_name: string
      recorded_by_staff_id: number | null
      region_id: number | null
      region_name: string
      /** Format: date */
      seen_on: string
      unit: string
    }
    CompetitorPriceList: {
      items: components['schemas']['CompetitorPrice'][]
    }
    Contact: {
      email?: string
      id?: number
      is_primary?: boolean
      mobile?: string
      name: string
      notes?: string
      phone?: string
      qq?: string
      /** @enum {string} */
      role?: 'decision_maker' | 'purchasing' | 'technical' | 'finance' | 'other'
      title?: string
      wechat?: string
    }
    CreditDecision: {
      note?: string
      version: number
    }
    CreditRating: {
      credit_days: number | null
      credit_limit: string | null
      customer_code: string
      customer_id: number
      customer_name: string
      /** Format: date-time */
      decided_at: string | null
      decided_by_name: string
      decision_note: string
      id: number
      /** Format: date-time */
      proposed_at: string
      proposed_by_name: string
      proposed_by_staff_id: number | null
      /** @enum {string} */
      rating: 'A' | 'B' | 'C' | 'D'
      reason: string
      /** @enum {string} */
      state: 'proposed' | 'approved' | 'rejected'
      version: number
    }
    CreditRatingList: {
      items: components['schemas']['CreditRating'][]
    }
    CrmSettings: {
      /** @description owned active customers per rep; 0 = no cap */
      cap_per_rep: number
      /** @description days without follow-up before a customer returns to the pool; 0 = never */
      idle_days: {
        key: number
        prospect: number
        regular: number
      }
    }
    Customer: {
      actions: ('update' | 'transfer' | 'release' | 'claim' | 'propose_credit' | 'follow_up')[]
      address: string
      /** Format: date */
      agreement_from: string | null
      /** Format: date */
      agreement_to: string | null
      bank_account: string
      bank_name: string
      /** @enum {string} */
      class: 'key' | 'regular' | 'prospect'
      code: string
      contacts: components['schemas']['Contact'][]
      /** Format: date-time */
      created_at: string
      /** @description 统一社会信用代码 */
      credit_code: string | null
      credit_days: number
      /** @example 0.00 */
      credit_limit: string
      /** @enum {string|null} */
      credit_rating: 'A' | 'B' | 'C' | 'D' | null
      dealer_level: string
      dealer_region_id: number | null
      follow_up_overdue: boolean
      id: number
      industry: string
      invoice_address: string
      invoice_phone: string
      /** @enum {string} */
      kind: 'end_user' | 'dealer' | 'agent'
      /** Format: date-time */
      last_follow_up_at: string | null
      /** @description pinyin initials, e.g. blsh for 巴陵石化 */
      mnemonic: string
      name: string
      /** Format: date */
      next_follow_up_on: string | null
      notes: string
      owner_name: string
      /** @description null: in the pool */
      owner_staff_id: number | null
      phone: string
      price_level: string
      region_id: number | null
      region_name: string
      /** @enum {string} */
      settlement: 'cash' | 'credit'
      short_name: string
      source: string
      /** @enum {string} */
      status: 'active' | 'inactive'
      support_name: string
      support_staff_id: number | null
      tax_number: string
      /** Format: date-time */
      updated_at: string
      varieties: components['schemas']['Variety'][]
      vat_title: string
      version: number
    }
    CustomerImportResult: {
      contacts: number
      /** @description dry run: customers the file would add */
      customers: number
      file_rows: number
      ignored_columns: string[]
      imported: number
      /** @description dry run: the first 20 customers parsed */
      preview: Record<string, never>[]
    }
    CustomerListItem: {
      address: string
      /** Format: date */
      agreement_from: string | null
      /** Format: date */
      agreement_to: string | null
      bank_account: string
      bank_name: string
      /** @enum {string} */
      class: 'key' | 'regular' | 'prospect'
      code: string
      /** Format: date-time */
      created_at: string
      /** @description 统一社会信用代码 */
      credit_code: string | null
      credit_days: number
      /** @example 0.00 */
      credit_limit: string
      /** @enum {string|null} */
      credit_rating: 'A' | 'B' | 'C' | 'D' | null
      dealer_level: string
      dealer_region_id: number | null
      follow_up_overdue: boolean
      id: number
      industry: string
      invoice_address: string
      invoice_phone: string
      /** @enum {string} */
      kind: 'end_user' | 'dealer' | 'agent'
      /** Format: date-time */
      last_follow_up_at: string | null
      /** @description pinyin initials, e.g. blsh for 巴陵石化 */
      mnemonic: string
      name: string
      /** Format: date */
      next_follow_up_on: string | null
      notes: string
      owner_name: string
      /** @description null: in the pool */
      owner_staff_id: number | null
      phone: string
      price_level: string
      primary_contact: {
        mobile: string
        name: string
      } | null
      region_id: number | null
      region_name: string
      /** @enum {string} */
      settlement: 'cash' | 'credit'
      short_name: string
      source: string
      /** @enum {string} */
      status: 'active' | 'inactive'
      support_name: string
      support_staff_id: number | null
      tax_number: string
      /** Format: date-time */
      updated_at: string
      vat_title: string
      version: number
    }
    CustomerPage: {
      items: components['schemas']['CustomerListItem'][]
      page: number
      size: number
      total: number
    }
    CustomerPatch: {
      address?: string
      /** Format: date */
      agreement_from?: string | null
      /** Format: date */
      agreement_to?: string | null
      bank_account?: string
      bank_name?: string
      class?: string
      /** @description save although a customer with a similar name exists */
      confirm_similar?: boolean
      /** @description the whole list; items with id keep their row */
      contacts?: components['schemas']['Contact'][]
      credit_code?: string | null
      dealer_level?: string
      dealer_region_id?: number | null
      industry?: string
      invoice_address?: string
      invoice_phone?: string
      kind?: string
      name?: string
      notes?: string
      phone?: string
      price_level?: string
      region_id?: number | null
      settlement?: string
      short_name?: string
      source?: string
      status?: string
      support_staff_id?: number | null
      tax_number?: string
      varieties?: components['schemas']['Variety'][]
      vat_title?: string
      version: number
    }
    CustomerPrice: {
      customer_id: number
      customer_name: string
      id: number
      notes: string
      product_code: string
      product_id: number
      product_name: string
      /** @example 5000.0000 */
      unit_price: string
      /** Format: date */
      valid_from: string
      /** Format: date */
      valid_to: string | null
      version: number
    }
    CustomerPricePage: {
      items: components['schemas']['CustomerPrice'][]
      page: number
      size: number
      total: number
    }
    CustomerTimeline: {
      items: {
        action: string
        /** @description the action in the reader's language */
        action_label: string
        after: Record<string, never> | null
        /** Format: date-time */
        at: string
        before: Record<string, never> | null
        by: string
        changes: {
          after: string
          before: string
          field: string
          label: string
        }[]
        /** @description the entity in the reader's language */
        entity_label: string
        ref_id: number
        /** @description the record: code and name, or empty */
        subject: string
        summary: string
        /** @enum {string} */
        type: 'audit' | 'comment' | 'attachment' | 'follow_up'
      }[]
    }
    Department: {
      code: string
      id: number
      name: string
      parent_id: number | null
      /** @description positions directly in it */
      position_count: number
      sort_order: number
      /** @description active staff directly in it */
      staff_count: number
      version: number
    }
    DepartmentList: {
      items: components['schemas']['Department'][]
    }
    DepartmentPatch: {
      code?: string
      name?: string
      /** @description move; not under itself or a department below it */
      parent_id?: number | null
      sort_order?: number
      version: number
    }
    FollowUp: {
      contact_id: number | null
      contact_name: string
      /** Format: date-time */
      created_at: string
      customer_id: number
      duration_min: number
      /** Format: date */
      follow_up_on: string | null
      /** Format: date */
      happened_on: string
      id: number
      /** @enum {string} */
      kind: 'visit' | 'call'
      next_step: string
      outcome: string
      plan_id: number | null
      purpose: string
      staff_id: number
      staff_name: string
    }
    FollowUpCalendar: {
      follow_ups: components['schemas']['CalendarItem'][]
      next_follow_ups: components['schemas']['CalendarItem'][]
    }
    FollowUpList: {
      items: components['schemas']['FollowUp'][]
    }
    FollowUpPlan: {
      contact_id: number | null
      contact_name: string
      /** Format: date-time */
      created_at: string
      customer_id: number
      customer_name: string
      id: number
      /** @enum {string} */
      kind: 'visit' | 'call'
      /** Format: date */
      planned_on: string
      /** @example 09:30 */
      planned_time: string
      purpose: string
      staff_id: number
      staff_name: string
      /** @enum {string} */
      state: 'planned' | 'done' | 'cancelled'
      version: number
    }
    FollowUpPlanList: {
      items: components['schemas']['FollowUpPlan'][]
    }
    FollowUpPlanPatch: {
      contact_id?: number | null
      /** Format: date */
      planned_on?: string
      planned_time?: string
      purpose?: string
      /** @enum {string} */
      state?: 'cancelled'
      version: number
    }
    FromTemplate: {
      /** @description default: the template's code */
      code?: string
      /** @description default: the department whose code is the template's department_code */
      department_id?: number
      template_code: string
    }
    FxRate: {
      /** @example USD */
      currency: string
      id: number
      note: string
      /**
       * @description yuan per unit of the currency, six decimals
       * @example 7.123400
       */
      rate: string
      /**
       * Format: date
       * @description in force from this date
       */
      rate_on: string
      updated_at: string
      version: number
    }
    FxRateList: {
      items: components['schemas']['FxRate'][]
    }
    FxRateOn: {
      currency: string
      /** Format: date */
      on: string
      rate: string
    }
    Health: {
      /** @enum {string} */
      db: 'sqlite' | 'postgresql'
      /** @enum {string} */
      status: 'ok' | 'unhealthy'
    }
    Inbox: {
      counts: {
        [key: string]: number
      }
      items: {
        /** Format: date-time */
        at: string
        /** Format: date */
        due_on: string | null
        /** @enum {string} */
        kind:
          | 'follow_up_due'
          | 'lead_to_contact'
          | 'lead_unassigned'
          | 'transfer_to_approve'
          | 'credit_to_approve'
          | 'sample_to_approve'
          | 'price_change_to_approve'
          | 'quotation_to_approve'
          | 'notice'
        link: {
          id: number
          /** @enum {string} */
          type:
            | 'customer'
            | 'plan'
            | 'lead'
            | 'inquiry'
            | 'sample'
            | 'transfer'
            | 'credit_rating'
            | 'price_request'
            | 'quotation'
            | 'notice'
        }
        /** @description notices: POST /inbox/notices/{id}/read */
        notice_id: number
        /** @description parameters of the title */
        params: Record<string, never>
        /** @description message key of the title */
        title_key: string
      }[]
      /** Format: date */
      today: string
    }
    InquiryPatch: {
      analysis?: string
      country?: string
      products?: string
      reply?: string
      time_zone?: string
      version: number
    }
    Lead: {
      actions: ('assign' | 'contact' | 'qualify' | 'convert' | 'discard')[]
      analysis: string
      /** Format: date-time */
      assigned_at: string | null
      assignee_name: string
      assignee_staff_id: number | null
      /** @description inquiries: the buyer's wall-clock time now, YYYY-MM-DDTHH:MM:SS */
      buyer_local_time: string | null
      /** Format: date-time */
      closed_at: string | null
      company: string
      contact_name: string
      /** Format: date-time */
      contacted_at: string | null
      /** @description inquiries */
      country: string
      /** Format: date-time */
      created_at: string
      created_by_staff_id: number | null
      customer_id: number | null
      discard_reason: string
      email: string
      id: number
      /** @enum {string} */
      kind: 'lead' | 'inquiry'
      message: string
      phone: string
      products: string
      /** Format: date-time */
      received_at: string
      region_id: number | null
      region_name: string
      reply: string
      /** @description contacted_at − received_at, whole minutes */
      response_minutes: number | null
      source: string
      /** @enum {string} */
      state: 'new' | 'assigned' | 'contacted' | 'qualified' | 'converted' | 'discarded'
      /** @description inquiries: IANA zone of the buyer */
      time_zone: string
      /** Format: date-time */
      updated_at: string
      /** @description inquiries: +HH:MM */
      utc_offset: string | null
      version: number
      wechat: string
    }
    LeadAssign: {
      staff_id: number
      version: number
    }
    LeadConvert: {
      customer: components['schemas']['NewCustomer']
      version: number
    }
    LeadDiscard: {
      reason: string
      version: number
    }
    LeadImport: {
      assigned: number
      file_rows: number
      ignored_columns: string[]
      imported: number
      /** @description dry run: leads the file makes */
      leads: number
      /** @description dry run: the first 20 leads */
      preview: Record<string, never>[]
    }
    LeadPage: {
      items: components['schemas']['Lead'][]
      page: number
      size: number
      total: number
    }
    LeadStats: {
      items: {
        average_response_minutes: number | null
        contacted: number
        p90_response_minutes: number | null
        staff_id: number
        staff_name: string
      }[]
    }
    LeadStep: {
      note?: string
      version: number
    }
    LoginRequest: {
      /**
       * @default web
       * @enum {string}
       */
      client: 'web' | 'api'
      login: string
      /** Format: password */
      password: string
    }
    NewAssignment: {
      /** @enum {string} */
      kind: 'support' | 'price_audit' | 'order_check' | 'supervise'
      notes?: string
      /** @description omit for every product line */
      product_line_id?: number
      /** @description who does the work */
      staff_id: number
      /** @description for whom */
      subject_staff_id: number
    }
    NewComment: {
      body: string
    }
    NewCompetitor: {
      brands?: string
      name: string
      notes?: string
      region_id?: number
      strengths?: string
      weaknesses?: string
    }
    NewCompetitorPrice: {
      brand?: string
      customer_id?: number
      notes?: string
      /** @example 3850.00 */
      price?: string
      product: string
      region_id?: number
      /** Format: date */
      seen_on: string
      unit?: string
    }
    NewCreditRating: {
      credit_days?: number
      /** @example 500000.00 */
      credit_limit?: string
      /** @enum {string} */
      rating: 'A' | 'B' | 'C' | 'D'
      reason?: string
    }
    NewCustomer: {
      address?: string
      /** Format: date */
      agreement_from?: string | null
      /** Format: date */
      agreement_to?: string | null
      bank_account?: string
      bank_name?: string
      class?: string
      /** @description save although a customer with a similar name exists */
      confirm_similar?: boolean
      /** @description the whole list; items with id keep their row */
      contacts?: components['schemas']['Contact'][]
      credit_code?: string | null
      credit_days?: number
      credit_limit?: string
      dealer_level?: string
      dealer_region_id?: number | null
      industry?: string
      invoice_address?: string
      invoice_phone?: string
      kind?: string
      name: string
      notes?: string
      /** @description another owner needs customer.transfer_approve */
      owner_staff_id?: number
      phone?: string
      price_level?: string
      region_id?: number | null
      settlement?: string
      short_name?: string
      source?: string
      status?: string
      support_staff_id?: number | null
      tax_number?: string
      varieties?: components['schemas']['Variety'][]
      vat_title?: string
    }
    NewCustomerPrice: {
      customer_id: number
      notes?: string
      product_id: number
      /** @description 含税 per base unit, at most four decimals */
      unit_price: string
      /** Format: date */
      valid_from: string
      /** Format: date */
      valid_to?: string | null
    }
    NewDepartment: {
      code: string
      name: string
      parent_id?: number
      sort_order?: number
    }
    NewFollowUp: {
      contact_id?: number
      customer_id: number
      duration_min?: number
      /**
       * Format: date
       * @description the customer's next follow-up date
       */
      follow_up_on?: string
      /** Format: date */
      happened_on: string
      /** @enum {string} */
      kind: 'visit' | 'call'
      next_step?: string
      outcome?: string
      plan_id?: number
      purpose?: string
    }
    NewFollowUpPlan: {
      contact_id?: number
      customer_id: number
      /** @enum {string} */
      kind: 'visit' | 'call'
      /** Format: date */
      planned_on: string
      /** @example 09:30 */
      planned_time?: string
      purpose?: string
      /** @description whose calendar; default the caller */
      staff_id?: number
    }
    NewFxRate: {
      /**
       * @description not CNY, the base
       * @example USD
       */
      currency: string
      note?: string
      /**
       * @description yuan per unit, above 0, at most six decimals
       * @example 7.1234
       */
      rate: string
      /** Format: date */
      rate_on: string
    }
    NewInquiry: {
      company: string
      contact_name?: string
      country?: string
      email?: string
      message?: string
      phone?: string
      products?: string
      source?: string
      /**
       * @description IANA time zone of the buyer; an unknown one gives 400 crm.inquiry.time_zone_invalid
       * @example America/Sao_Paulo
       */
      time_zone: string
      wechat?: string
    }
    NewLead: {
      company: string
      contact_name?: string
      email?: string
      message?: string
      phone?: string
      products?: string
      region_id?: number
      source?: string
      wechat?: string
    }
    NewPriceFloor: {
      /**
       * @description empty: every kind; a kind's floor wins over it
       * @enum {string}
       */
      customer_kind?: '' | 'end_user' | 'dealer' | 'agent'
      /** @description 含税; null removes the floor */
      floor: string | null
      product_id: number
      /** Format: date */
      valid_from: string
    }
    NewPriceList: {
      /** @enum {string} */
      customer_kind: 'end_user' | 'dealer' | 'agent'
      name: string
      notes?: string
      /** @description empty: every level */
      price_level?: string
      /** @description an org region; covers its sub-regions; null: everywhere */
      region_id?: number | null
      /** @description null: a base list */
      season_id?: number | null
      /** Format: date */
      valid_from: string
      /** Format: date */
      valid_to?: string | null
    }
    NewPriceRequest: {
      /** @description customer_price */
      customer_id?: number | null
      /** @description floor: empty for every kind */
      customer_kind?: string
      /**
       * Format: date
       * @description customer_price and floor; a list line applies on approval
       */
      effective_from?: string
      /** Format: date */
      effective_to?: string | null
      /** @description list_line */
      list_id?: number | null
      /** @description list_line tier */
      min_qty?: string
      /** @description 含税; null removes a floor */
      new_price?: string | null
      product_id: number
      reason?: string
      /** @enum {string} */
      rule_kind: 'customer_price' | 'floor' | 'list_line'
    }
    NewProduct: {
      /** @enum {string} */
      base_unit:
        't' | 'kg' | 'set' | 'unit' | 'drum' | 'bag' | 'piece' | 'box' | 'roll' | 'm' | 'm2' | 'l'
      /** @description letters, digits and - _ .; POST without a code takes the next P00001 */
      code?: string
      name: string
      notes?: string
      /** @description 吨袋, 桶装, 散装 … */
      package?: string
      /** @description an org product line */
      product_line_id: number
      /**
       * @description 自产 / 外采
       * @enum {string}
       */
      source?: 'made' | 'bought'
      /** @description 规格/牌号, e.g. SBS I-D */
      spec?: string
      /**
       * @description per base unit before tax, yuan with at most two decimals, not negative
       * @example 3850.00
       */
      standard_cost?: string
      /**
       * @description VAT rate: 0.13, 0.09, 0.06, 0.03, 0.01 or 0
       * @example 0.13
       */
      tax_rate?: string
      units?: components['schemas']['ProductUnit'][]
    }
    NewProductLine: {
      code: string
      name: string
      notes?: string
      sort_order?: number
    }
    NewQuotation: {
      /**
       * @description CNY, USD, EUR, GBP, JPY, HKD, AUD, CAD, SGD, CHF, KRW, RUB; the rate is finance's on quoted_on
       * @example CNY
       */
      currency?: string
      /** @description a customer in the caller's scope */
      customer_id?: number | null
      delivery_terms?: string
      /**
       * @description required for a foreign currency
       * @enum {string}
       */
      incoterm?:
        '' | 'EXW' | 'FCA' | 'FAS' | 'FOB' | 'CFR' | 'CIF' | 'CPT' | 'CIP' | 'DAP' | 'DPU' | 'DDP'
      /** @example Shanghai */
      incoterm_place?: string
      /** @description a lead or inquiry (询盘); a customer or a lead is required */
      lead_id?: number | null
      lines: components['schemas']['NewQuotationLine'][]
      notes?: string
      payment_terms?: string
      /**
       * Format: date
       * @description default today
       */
      quoted_on?: string
      /** @default 30 */
      validity_days: number
    }
    NewQuotationLine: {
      notes?: string
      product_id: number
      /**
       * @description above 0, at most 1000000, four decimals
       * @example 100
       */
      qty: string
      /** @description one of the product's units; default its base unit */
      unit?: string
      /**
       * @description per unit, tax included, in the quotation's currency; four decimals
       * @example 5280.00
       */
      unit_price: string
    }
    NewRegion: {
      code: string
      /** @enum {string} */
      level: 'province' | 'city' | 'county'
      name: string
      owner_staff_id?: number
      parent_id?: number
      sort_order?: number
    }
    NewSample: {
      /** @example 120.00 */
      cost?: string
      notes?: string
      product: string
      qty?: string
    }
    NewSeason: {
      /** @example 10-31 */
      ends: string
      /** @example 旺季 */
      name: string
      notes?: string
      /** @description true: MM-DD every year (may wrap the new year); false: YYYY-MM-DD */
      recurring?: boolean
      /** @example 03-15 */
      starts: string
    }
    NewStaff: {
      code: string
      department_id: number
      email?: string
      /** Format: date */
      joined_on?: string
      name: string
      notes?: string
      phone?: string
      position_ids?: number[]
      product_line_ids?: number[]
      region_ids?: number[]
      superior_staff_id?: number
    }
    NewTransfer: {
      reason?: string
      to_staff_id: number
    }
    NewUser: {
      department_id?: number | null
      display_name: string
      /** @enum {string} */
      locale?: 'zh-CN' | 'en-US'
      login: string
      /**
       * Format: password
       * @description omit to get a one-time initial_password in the reply
       */
      password?: string
      roles?: string[]
      /** @description the staff member the account belongs to; 409 auth.user.staff_taken if linked already */
      staff_id?: number | null
    }
    OrgChart: {
      /** @description the root department's name */
      company: string
      departments: {
        id: number
        name: string
        parent_id: number | null
      }[]
      positions: {
        code: string
        department_id: number
        headcount: number
        holders: {
          name: string
          staff_id: number
        }[]
        id: number
        name: string
        superior_position_id: number | null
      }[]
    }
    OrgRef: {
      code: string
      id: number
      name: string
    }
    OwnerChange: {
      id: number
      owner_staff_id: number | null
      version: number
    }
    PasswordChange: {
      /** Format: password */
      current_password: string
      /** Format: password */
      new_password: string
    }
    PasswordReset: {
      password: string
      user: components['schemas']['User']
    }
    PermissionList: {
      items: {
        code: string
        name: string
      }[]
    }
    PoolItem: {
      /** @enum {string} */
      class: 'key' | 'regular' | 'prospect'
      code: string
      id: number
      industry: string
      /** Format: date-time */
      last_follow_up_at: string | null
      name: string
      region_name: string
      /** Format: date-time */
      returned_at: string | null
      short_name: string
      version: number
    }
    PoolPage: {
      items: components['schemas']['PoolItem'][]
      page: number
      size: number
      total: number
    }
    PoolSweep: {
      returned: number
    }
    Position: {
      authorities: {
        description: string
        permissions: string[]
      }[]
      code: string
      /** Format: date-time */
      created_at: string
      /** @enum {string} */
      data_scope: 'own' | 'department' | 'all'
      department_id: number
      department_name: string
      duties: {
        /** @enum {string} */
        category: 'main' | 'daily' | 'coordination' | 'other'
        description: string
        permissions: string[]
        standard: string
      }[]
      external_coordination: string
      headcount: number
      holders: {
        code: string
        name: string
        staff_id: number
      }[]
      id: number
      indicators: {
        assessor_note: string
        assessor_position_id: number | null
        metric: string
        metric_code: string | null
        /** @enum {string} */
        period: 'monthly' | 'quarterly' | 'annual'
        target: string
        /** @description percent; when any is > 0 they add up to 100 */
        weight: number
      }[]
      internal_coordination: string
      name: string
      notes: string
      /** @description granted: the union of the duties' and authorities' permissions */
      permissions: string[]
      qualifications: {
        abilities: string
        education: string
        experience: string
        other: string
      }
      records: string
      source: string
      summary: string
      superior_note: string
      superior_position_id: number | null
      superior_position_name: string
      template_code: string | null
      tools: string
      /** Format: date-time */
      updated_at: string
      version: number
      work_environment: string
      working_hours: string
    }
    PositionPage: {
      items: {
        code: string
        /** @enum {string} */
        data_scope: 'own' | 'department' | 'all'
        department_id: number
        department_name: string
        headcount: number
        holder_count: number
        id: number
        name: string
        superior_position_id: number | null
        superior_position_name: string
        template_code: string | null
        version: number
      }[]
      page: number
      size: number
      total: number
    }
    PositionSave: {
      authorities?: {
        description?: string
        permissions?: string[]
      }[]
      code: string
      /** @enum {string} */
      data_scope?: 'own' | 'department' | 'all'
      department_id: number
      duties?: {
        /** @enum {string} */
        category?: 'main' | 'daily' | 'coordination' | 'other'
        description?: string
        permissions?: string[]
        standard?: string
      }[]
      external_coordination?: string
      headcount?: number
      indicators?: {
        assessor_note?: string
        assessor_position_id?: number | null
        metric?: string
        metric_code?: string | null
        /** @enum {string} */
        period?: 'monthly' | 'quarterly' | 'annual'
        target?: string
        /** @description percent; when any is > 0 they add up to 100 */
        weight?: number
      }[]
      internal_coordination?: string
      name: string
      notes?: string
      qualifications?: {
        abilities?: string
        education?: string
        experience?: string
        other?: string
      }
      records?: string
      source?: string
      summary?: string
      superior_note?: string
      superior_position_id?: number | null
      template_code?: string | null
      tools?: string
      version: number
      work_environment?: string
      working_hours?: string
    }
    PositionSpec: {
      authorities?: {
        description?: string
        permissions?: string[]
      }[]
      code: string
      /** @enum {string} */
      data_scope?: 'own' | 'department' | 'all'
      department_id: number
      duties?: {
        /** @enum {string} */
        category?: 'main' | 'daily' | 'coordination' | 'other'
        description?: string
        permissions?: string[]
        standard?: string
      }[]
      external_coordination?: string
      headcount?: number
      indicators?: {
        assessor_note?: string
        assessor_position_id?: number | null
        metric?: string
        metric_code?: string | null
        /** @enum {string} */
        period?: 'monthly' | 'quarterly' | 'annual'
        target?: string
        /** @description percent; when any is > 0 they add up to 100 */
        weight?: number
      }[]
      internal_coordination?: string
      name: string
      notes?: string
      qualifications?: {
        abilities?: string
        education?: string
        experience?: string
        other?: string
      }
      records?: string
      source?: string
      summary?: string
      superior_note?: string
      superior_position_id?: number | null
      template_code?: string | null
      tools?: string
      work_environment?: string
      working_hours?: string
    }
    Preferences: {
      /** @enum {string} */
      locale: 'zh-CN' | 'en-US'
    }
    PriceAnswer: {
      floor: string | null
      list_id: number | null
      may_go_below_floor: boolean
      min_qty: string
      net_price: string | null
      rule_id: number | null
      rule_name: string
      /** @enum {string} */
      source: 'customer_price' | 'season_list' | 'base_list' | 'none'
      /** @description yuan per base unit, net */
      standard_cost: string | null
      tax_rate: string
      /** @description 含税 per base unit; null: no rule */
      unit_price: string | null
    }
    PriceChange: {
      /** Format: date-time */
      at: string
      /** @description the approved request */
      change_id: number | null
      customer_id: number | null
      customer_kind: string
      customer_name: string
      effective_from: string | null
      effective_to: string | null
      id: number
      list_id: number | null
      list_name: string
      min_qty: string
      new_price: string | null
      old_price: string | null
      product_code: string
      product_id: number
      product_name: string
      rule_id: number
      /** @enum {string} */
      rule_kind: 'list_line' | 'customer_price' | 'floor'
      user_login: string
    }
    PriceChangePage: {
      items: components['schemas']['PriceChange'][]
      page: number
      size: number
      total: number
    }
    PriceDecision: {
      note?: string
      version: number
    }
    PriceFloor: {
      /** @enum {string} */
      customer_kind: '' | 'end_user' | 'dealer' | 'agent'
      /** @description null: no floor from valid_from */
      floor: string | null
      id: number
      product_code: string
      product_id: number
      product_name: string
      /** Format: date */
      valid_from: string
      version: number
    }
    PriceFloorList: {
      items: components['schemas']['PriceFloor'][]
    }
    PriceLine: {
      base_unit: string
      id: number
      /** @description the tier: from this quantity in base units */
      min_qty: string
      /** @description unit_price × 10⁴ / (10⁴ + tax rate), half away from zero */
      net_price: string
      product_code: string
      product_id: number
      product_name: string
      product_spec: string
      /** @example 0.1300 */
      tax_rate: string
      /**
       * @description 含税, per base unit
       * @example 5200.0000
       */
      unit_price: string
    }
    PriceLineInput: {
      /** @description tier, default 0; at most four decimals */
      min_qty?: string
      product_id: number
      /** @description 含税, at most four decimals */
      unit_price: string
      /** @description the list's */
      version: number
    }
    PriceList: {
      actions: ('update' | 'activate' | 'close')[]
      /** Format: date-time */
      created_at: string
      /** @enum {string} */
      customer_kind: 'end_user' | 'dealer' | 'agent'
      id: number
      line_count: number
      name: string
      notes: string
      /** @description empty: every level */
      price_level: string
      /** @description an org region; covers its sub-regions; null: everywhere */
      region_id: number | null
      region_name: string
      /** @description null: a base list */
      season_id: number | null
      season_name: string
      /** @enum {string} */
      status: 'draft' | 'active' | 'closed'
      /** Format: date-time */
      updated_at: string
      /** Format: date */
      valid_from: string
      /** Format: date */
      valid_to: string | null
      version: number
    }
    PriceListDetail: components['schemas']['PriceList'] & {
      lines: components['schemas']['PriceLine'][]
    }
    PriceListPage: {
      items: components['schemas']['PriceList'][]
      page: number
      size: number
      total: number
    }
    PriceListUpdate: {
      /** @enum {string} */
      customer_kind: 'end_user' | 'dealer' | 'agent'
      name: string
      notes?: string
      /** @description empty: every level */
      price_level?: string
      /** @description an org region; covers its sub-regions; null: everywhere */
      region_id?: number | null
      /** @description null: a base list */
      season_id?: number | null
      /** Format: date */
      valid_from: string
      /** Format: date */
      valid_to?: string | null
      version: number
    }
    PriceListVersion: {
      version: number
    }
    PriceRequest: {
      actions: ('approve' | 'reject' | 'withdraw')[]
      /** Format: date-time */
      created_at: string
      customer_id: number | null
      customer_kind: string
      customer_name: string
      /** Format: date-time */
      decided_at: string | null
      decided_by_name: string
      decision_note: string
      /** Format: date */
      effective_from: string
      /** Format: date */
      effective_to: string | null
      id: number
      list_id: number | null
      list_name: string
      min_qty: string
      new_price: string | null
      /** @description what held when proposed */
      old_price: string | null
      product_code: string
      product_id: number
      product_name: string
      proposed_by_name: string
      reason: string
      /** @enum {string} */
      rule_kind: 'customer_price' | 'floor' | 'list_line'
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'withdrawn'
      version: number
    }
    PriceRequestPage: {
      items: components['schemas']['PriceRequest'][]
      page: number
      size: number
      total: number
    }
    Problem: {
      code?: string
      detail?: string
      fields?: {
        code?: string
        field?: string
        message?: string
      }[]
      request_id?: string
      status?: number
      title?: string
      type?: string
    }
    Product: {
      actions?: ('update' | 'discontinue' | 'reactivate')[]
      /** @enum {string} */
      base_unit:
        't' | 'kg' | 'set' | 'unit' | 'drum' | 'bag' | 'piece' | 'box' | 'roll' | 'm' | 'm2' | 'l'
      /** @description letters, digits and - _ .; POST without a code takes the next P00001 */
      code: string
      /** Format: date-time */
      created_at: string
      id: number
      /** @description pinyin initials of the name, e.g. sbsgxlq */
      mnemonic: string
      name: string
      notes: string
      /** @description 吨袋, 桶装, 散装 … */
      package: string
      /** @description an org product line */
      product_line_id: number
      product_line_name: string
      /**
       * @description 自产 / 外采
       * @enum {string}
       */
      source: 'made' | 'bought'
      /** @description 规格/牌号, e.g. SBS I-D */
      spec: string
      /**
       * @description per base unit before tax, yuan with at most two decimals, not negative
       * @example 3850.00
       */
      standard_cost: string
      /** @enum {string} */
      status: 'active' | 'discontinued'
      /**
       * @description VAT rate: 0.13, 0.09, 0.06, 0.03, 0.01 or 0
       * @example 0.13
       */
      tax_rate: string
      units: components['schemas']['ProductUnit'][]
      /** Format: date-time */
      updated_at: string
      version: number
    }
    ProductImportResult: {
      file_rows: number
      ignored_columns: string[]
      imported: number
      /** @description dry run: products the file would add */
      products: number
    }
    ProductLine: {
      code: string
      id: number
      name: string
      notes: string
      sort_order: number
      version: number
    }
    ProductLineList: {
      items: components['schemas']['ProductLine'][]
    }
    ProductLinePatch: {
      code?: string
      name?: string
      notes?: string
      sort_order?: number
      version: number
    }
    ProductPage: {
      items: components['schemas']['Product'][]
      page: number
      size: number
      total: number
    }
    ProductPatch: {
      /** @enum {string} */
      base_unit?:
        't' | 'kg' | 'set' | 'unit' | 'drum' | 'bag' | 'piece' | 'box' | 'roll' | 'm' | 'm2' | 'l'
      /** @description letters, digits and - _ .; POST without a code takes the next P00001 */
      code?: string
      name?: string
      notes?: string
      /** @description 吨袋, 桶装, 散装 … */
      package?: string
      /** @description an org product line */
      product_line_id?: number
      /**
       * @description 自产 / 外采
       * @enum {string}
       */
      source?: 'made' | 'bought'
      /** @description 规格/牌号, e.g. SBS I-D */
      spec?: string
      /**
       * @description per base unit before tax, yuan with at most two decimals, not negative
       * @example 3850.00
       */
      standard_cost?: string
      /**
       * @description VAT rate: 0.13, 0.09, 0.06, 0.03, 0.01 or 0
       * @example 0.13
       */
      tax_rate?: string
      units?: components['schemas']['ProductUnit'][]
      version: number
    }
    /** @description 1 unit = factor base units */
    ProductUnit: {
      /**
       * @description greater than 0, at most four decimals
       * @example 0.0010
       */
      factor: string
      /** @enum {string} */
      unit:
        't' | 'kg' | 'set' | 'unit' | 'drum' | 'bag' | 'piece' | 'box' | 'roll' | 'm' | 'm2' | 'l'
    }
    ProductVersion: {
      version: number
    }
    Quotation: {
      actions: (
        | 'update'
        | 'submit'
        | 'approve'
        | 'decline'
        | 'send'
        | 'accept'
        | 'reject'
        | 'cancel'
        | 'withdraw'
      )[]
      created_at: string
      currency: string
      customer_id: number | null
      customer_name: string
      decision_note: string
      delivery_terms: string
      /** @example 7.123400 */
      fx_rate: string
      gross: string
      gross_cny: string
      /** @description 大写 of the total, CNY only */
      gross_in_words: string | null
      id: number
      incoterm: string
      incoterm_place: string
      lead_id: number | null
      lines: components['schemas']['QuotationLine'][]
      lines_below_floor: number[]
      maker_user_id: number
      net: string
      notes: string
      /** @example BJ-2026-000123 */
      number: string | null
      owner_name: string
      owner_staff_id: number | null
      payment_terms: string
      /** Format: date */
      quoted_on: string
      sent_on: string | null
      /** @enum {string} */
      state:
        | 'draft'
        | 'submitted'
        | 'approved'
        | 'sent'
        | 'accepted'
        | 'rejected'
        | 'expired'
        | 'cancelled'
      tax: string
      updated_at: string
      /** Format: date */
      valid_until: string
      validity_days: number
      version: number
    }
    QuotationChange: {
      /**
       * @description CNY, USD, EUR, GBP, JPY, HKD, AUD, CAD, SGD, CHF, KRW, RUB; the rate is finance's on quoted_on
       * @example CNY
       */
      currency?: string
      /** @description a customer in the caller's scope */
      customer_id?: number | null
      delivery_terms?: string
      /**
       * @description required for a foreign currency
       * @enum {string}
       */
      incoterm?:
        '' | 'EXW' | 'FCA' | 'FAS' | 'FOB' | 'CFR' | 'CIF' | 'CPT' | 'CIP' | 'DAP' | 'DPU' | 'DDP'
      /** @example Shanghai */
      incoterm_place?: string
      /** @description a lead or inquiry (询盘); a customer or a lead is required */
      lead_id?: number | null
      lines: components['schemas']['NewQuotationLine'][]
      notes?: string
      payment_terms?: string
      /**
       * Format: date
       * @description default today
       */
      quoted_on?: string
      /** @default 30 */
      validity_days: number
      version: number
    }
    QuotationLine: {
      base_qty: string
      floor_price: string | null
      gross: string
      line_no: number
      list_price: string | null
      net: string
      notes: string
      price_source: string | null
      product_code: string
      product_id: number
      product_name: string
      product_spec: string
      qty: string
      tax: string
      tax_rate: string
      unit: string
      unit_price: string
    }
    QuotationPage: {
      items: components['schemas']['QuotationRow'][]
      page: number
      size: number
      total: number
    }
    QuotationRow: {
      created_at: string
      currency: string
      customer_id: number | null
      customer_name: string
      /** @example 7.123400 */
      fx_rate: string
      gross: string
      gross_cny: string
      id: number
      incoterm: string
      incoterm_place: string
      lead_id: number | null
      net: string
      /** @example BJ-2026-000123 */
      number: string | null
      owner_name: string
      owner_staff_id: number | null
      /** Format: date */
      quoted_on: string
      sent_on: string | null
      /** @enum {string} */
      state:
        | 'draft'
        | 'submitted'
        | 'approved'
        | 'sent'
        | 'accepted'
        | 'rejected'
        | 'expired'
        | 'cancelled'
      tax: string
      updated_at: string
      /** Format: date */
      valid_until: string
      validity_days: number
      version: number
    }
    QuotationStep: {
      note?: string
      version: number
    }
    Region: {
      code: string
      id: number
      /** @enum {string} */
      level: 'province' | 'city' | 'county'
      name: string
      owner_name: string | null
      owner_staff_id: number | null
      parent_id: number | null
      sort_order: number
      version: number
    }
    RegionList: {
      items: components['schemas']['Region'][]
    }
    RegionPatch: {
      code?: string
      /** @enum {string} */
      level?: 'province' | 'city' | 'county'
      name?: string
      owner_staff_id?: number | null
      parent_id?: number | null
      sort_order?: number
      version: number
    }
    Release: {
      reason?: string
      version: number
    }
    Role: {
      code: string
      /** @enum {string} */
      data_scope: 'all' | 'department' | 'own'
      id: number
      name: string
      permissions: string[]
      version: number
    }
    RoleList: {
      items: components['schemas']['Role'][]
    }
    RoleSpec: {
      code?: string
      /** @enum {string} */
      data_scope: 'all' | 'department' | 'own'
      name: string
      permissions?: string[]
      version?: number
    }
    Sample: {
      actions: ('approve' | 'reject' | 'ship' | 'feedback')[]
      company: string
      /** @example 120.00 */
      cost: string
      courier: string
      /** Format: date-time */
      created_at: string
      customer_id: number | null
      /** Format: date-time */
      decided_at: string | null
      decided_by_name: string
      decision_note: string
      feedback: string
      id: number
      inquiry_id: number | null
      notes: string
      product: string
      qty: string
      requested_by_name: string
      requested_by_staff_id: number | null
      /** Format: date */
      shipped_on: string | null
      /** @enum {string} */
      state: 'requested' | 'approved' | 'rejected' | 'shipped' | 'feedback'
      tracking_no: string
      version: number
    }
    SampleDecision: {
      note?: string
      version: number
    }
    SampleFeedback: {
      feedback: string
      version: number
    }
    SampleList: {
      items: components['schemas']['Sample'][]
    }
    SampleShip: {
      courier: string
      /** Format: date */
      shipped_on: string
      tracking_no: string
      version: number
    }
    Season: {
      /** @example 10-31 */
      ends: string
      id: number
      /** @example 旺季 */
      name: string
      notes: string
      /** @description true: MM-DD every year (may wrap the new year); false: YYYY-MM-DD */
      recurring: boolean
      /** @example 03-15 */
      starts: string
      version: number
    }
    SeasonList: {
      items: components['schemas']['Season'][]
    }
    SeasonUpdate: {
      /** @example 10-31 */
      ends: string
      /** @example 旺季 */
      name: string
      notes?: string
      /** @description true: MM-DD every year (may wrap the new year); false: YYYY-MM-DD */
      recurring?: boolean
      /** @example 03-15 */
      starts: string
      version: number
    }
    Session: {
      csrf_token: string
      /** @enum {string} */
      data_scope: 'all' | 'department' | 'own'
      /** Format: date-time */
      expires_at: string
      /** @description union over roles and positions */
      permissions: string[]
      /** @description positions granting permissions */
      positions: {
        code: string
        name: string
      }[]
      staff: {
        code: string
        id: number
        name: string
      } | null
      token: string
      user: components['schemas']['User']
    }
    Staff: {
      /** @description 工号 */
      code: string
      /** Format: date-time */
      created_at: string
      department_id: number
      department_name: string
      email: string
      id: number
      /** Format: date */
      joined_on: string | null
      /** Format: date */
      left_on: string | null
      name: string
      notes: string
      phone: string
      positions: components['schemas']['OrgRef'][]
      product_lines: components['schemas']['OrgRef'][]
      regions: components['schemas']['OrgRef'][]
      /** @enum {string} */
      status: 'active' | 'left'
      superior_name: string | null
      superior_staff_id: number | null
      /** Format: date-time */
      updated_at: string
      /** @description the linked login account */
      user: {
        id: number
        login: string
      } | null
      version: number
    }
    StaffPage: {
      items: components['schemas']['Staff'][]
      page: number
      size: number
      total: number
    }
    StaffPatch: {
      code?: string
      department_id?: number
      email?: string
      /** Format: date */
      joined_on?: string | null
      /** Format: date */
      left_on?: string | null
      name?: string
      notes?: string
      phone?: string
      /** @description a change is audited as assign_positions */
      position_ids?: number[]
      product_line_ids?: number[]
      region_ids?: number[]
      /** @enum {string} */
      status?: 'active' | 'left'
      superior_staff_id?: number | null
      version: number
    }
    TemplateApplied: {
      created: number[]
    }
    TemplateApply: {
      /** @description put every new position here instead of its template department */
      department_id?: number
    }
    TemplateList: {
      items: {
        code: string
        department_code: string
        /** @description a position with this template_code or code exists */
        exists: boolean
        name: string
        source: string
        summary: string
        template_code: string
      }[]
    }
    Transfer: {
      customer_code: string
      customer_id: number
      customer_name: string
      /** Format: date-time */
      decided_at: string | null
      decided_by_name: string
      decision_note: string
      from_code: string
      from_name: string
      from_staff_id: number | null
      id: number
      reason: string
      /** Format: date-time */
      requested_at: string
      requested_by_name: string
      /** @enum {string} */
      state: 'requested' | 'approved' | 'rejected'
      to_code: string
      to_name: string
      to_staff_id: number
      version: number
    }
    TransferDecision: {
      note?: string
      version: number
    }
    TransferList: {
      items: components['schemas']['Transfer'][]
    }
    User: {
      /** Format: date-time */
      created_at: string
      department_id: number | null
      department_name: string
      disabled: boolean
      display_name: string
      id: number
      /** @description only in the reply to create */
      initial_password: string
      /** Format: date-time */
      last_login_at: string | null
      /** @enum {string} */
      locale: 'zh-CN' | 'en-US'
      login: string
      must_change_password: boolean
      roles: string[]
      /** @description the staff member the account belongs to */
      staff_id: number | null
      staff_name: string | null
      version: number
    }
    UserPage: {
      items: components['schemas']['User'][]
      page: number
      size: number
      total: number
    }
    UserPatch: {
      department_id?: number | null
      display_name?: string
      /** @enum {string} */
      locale?: 'zh-CN' | 'en-US'
      roles?: string[]
      /** @description null unlinks */
      staff_id?: number | null
      version: number
    }
    Variety: {
      /** @example 1200.0000 */
      annual_qty?: string
      id?: number
      notes?: string
      price?: string | null
      product_line_id?: number | null
      supplier?: string
      unit?: string
      variety: string
    }
    Version: {
      version: number
    }
  }
  responses: never
  parameters: never
  requestBodies: never
  headers: never
  pathItems: never
}
export type $defs = Record<string, never>
export interface operations {
  'GET /api/v1/audit': {
    parameters: {
      query?: {
        /** @description user, role, session, department, ... */
        entity?: string
        entity_id?: number
        /** @description who made the change */
        user_id?: number
        /** @description who made the change, by login */
        user_login?: string
        /** @description create, update, disable, login, ... */
        action?: string
        /** @description first day, YYYY-MM-DD (Asia/Shanghai) */
        from?: string
        /** @description last day, YYYY-MM-DD (Asia/Shanghai) */
        to?: string
        page?: number
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['AuditPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/auth/login': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginRequest']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Session']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/auth/logout': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/auth/me': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Session']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/auth/password': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordChange']
      }
    }
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PUT /api/v1/auth/preferences': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['Preferences']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['User']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/competitors': {
    parameters: {
      query?: {
        /** @description part of the name or brands */
        q?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CompetitorPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/competitors': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCompetitor']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Competitor']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/competitors/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Competitor']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/competitors/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['CompetitorPatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Competitor']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/competitors/{id}/prices': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CompetitorPriceList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/competitors/{id}/prices': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCompetitorPrice']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CompetitorPrice']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/credit-ratings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CreditRatingList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/credit-ratings/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['CreditDecision']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CreditRating']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/credit-ratings/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['CreditDecision']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CreditRating']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/crm/pool/sweep': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PoolSweep']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/crm/settings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CrmSettings']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PUT /api/v1/crm/settings': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['CrmSettings']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CrmSettings']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customer-prices': {
    parameters: {
      query?: {
        customer_id?: number
        product_id?: number
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CustomerPricePage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/customer-prices': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCustomerPrice']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CustomerPrice']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers': {
    parameters: {
      query?: {
        /** @description part of the name, short name, pinyin initials (blsh), credit code or a contact's phone or mobile */
        q?: string
        /** @description this region and below */
        region_id?: number
        /** @description owned by this staff member */
        owner_staff_id?: number
        /** @description key | regular | prospect */
        class?: string
        /** @description end_user | dealer | agent */
        kind?: string
        /** @description A | B | C | D */
        credit_rating?: string
        /** @description true: next follow-up date before today */
        overdue?: boolean
        /** @description name (pinyin, default) | -updated_at */
        sort?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CustomerPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/customers': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCustomer']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Customer']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers/export.xlsx': {
    parameters: {
      query?: {
        /** @description as the list */
        q?: string
        /** @description this region and below */
        region_id?: number
        owner_staff_id?: number
        /** @description key | regular | prospect */
        class?: string
        /** @description end_user | dealer | agent */
        kind?: string
        /** @description A | B | C | D */
        credit_rating?: string
        /** @description next follow-up before today */
        overdue?: boolean
        /** @description name | -updated_at */
        sort?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Binary']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/customers/import': {
    parameters: {
      query?: {
        /** @description check and preview only */
        dry_run?: boolean
        /** @description the file name, when the Content-Type is generic */
        filename?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CustomerImportResult']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers/import-template.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Binary']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Customer']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/customers/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['CustomerPatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Customer']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers/{id}/attachments': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['AttachmentList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/customers/{id}/attachments': {
    parameters: {
      query?: {
        /** @description the file's name, for a raw body */
        filename?: string
      }
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Attachment']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers/{id}/attachments/{attachment_id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
        attachment_id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/octet-stream': components['schemas']['Binary']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'DELETE /api/v1/customers/{id}/attachments/{attachment_id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
        attachment_id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers/{id}/comments': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CommentList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/customers/{id}/comments': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewComment']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Comment']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers/{id}/credit-ratings': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CreditRatingList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/customers/{id}/credit-ratings': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewCreditRating']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CreditRating']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers/{id}/follow-ups': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['FollowUpList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/customers/{id}/release': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['Release']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['OwnerChange']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/customers/{id}/timeline': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CustomerTimeline']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/customers/{id}/transfer': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewTransfer']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Transfer']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/departments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['DepartmentList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/departments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewDepartment']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Department']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'DELETE /api/v1/departments/{id}': {
    parameters: {
      query?: {
        /** @description the version read */
        version?: number
      }
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/departments/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['DepartmentPatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Department']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/follow-up-calendar': {
    parameters: {
      query?: {
        /** @description whose calendar; default: everyone in scope */
        staff_id?: number
        /** @description first day, YYYY-MM-DD */
        from?: string
        /** @description last day, YYYY-MM-DD */
        to?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['FollowUpCalendar']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/follow-up-plans': {
    parameters: {
      query?: {
        /** @description whose calendar */
        staff_id?: number
        /** @description of this customer */
        customer_id?: number
        /** @description planned on or after, YYYY-MM-DD */
        from?: string
        /** @description planned on or before, YYYY-MM-DD */
        to?: string
        /** @description visit | call */
        kind?: string
        /** @description planned | done | cancelled */
        state?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['FollowUpPlanList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/follow-up-plans': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewFollowUpPlan']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['FollowUpPlan']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/follow-up-plans/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['FollowUpPlanPatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['FollowUpPlan']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/follow-ups': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewFollowUp']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['FollowUp']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/fx-rates': {
    parameters: {
      query?: {
        /** @description USD, EUR, … */
        currency?: string
        /** @description dated on or after */
        from?: string
        /** @description dated on or before */
        to?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['FxRateList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/fx-rates': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewFxRate']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['FxRate']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/fx-rates/on': {
    parameters: {
      query?: {
        /** @description required */
        currency?: string
        /** @description YYYY-MM-DD */
        on?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['FxRateOn']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/inbox': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Inbox']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/inbox/notices/{id}/read': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/inquiries': {
    parameters: {
      query?: {
        /** @description new | assigned | contacted | qualified | converted | discarded */
        state?: string
        /** @description kept by */
        assignee_staff_id?: number
        /** @description part of company, contact, phone or email */
        q?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['LeadPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/inquiries': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewInquiry']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/inquiries/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/inquiries/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['InquiryPatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/inquiries/{id}/assign': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadAssign']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/inquiries/{id}/contact': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/inquiries/{id}/convert': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadConvert']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/inquiries/{id}/discard': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadDiscard']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/inquiries/{id}/qualify': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/inquiries/{id}/samples': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['SampleList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/inquiries/{id}/samples': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewSample']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Sample']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/leads': {
    parameters: {
      query?: {
        /** @description new | assigned | contacted | qualified | converted | discarded */
        state?: string
        /** @description lead (default) | inquiry */
        kind?: string
        /** @description assigned to */
        assignee_staff_id?: number
        /** @description part of company, contact, phone or email */
        q?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['LeadPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/leads': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewLead']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/leads/import': {
    parameters: {
      query?: {
        /** @description check and preview only */
        dry_run?: boolean
        /** @description the file name, when the Content-Type is generic */
        filename?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['LeadImport']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/leads/stats': {
    parameters: {
      query?: {
        /** @description received on or after, YYYY-MM-DD */
        from?: string
        /** @description received on or before, YYYY-MM-DD */
        to?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['LeadStats']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/leads/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/leads/{id}/assign': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadAssign']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/leads/{id}/contact': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/leads/{id}/convert': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadConvert']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/leads/{id}/discard': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadDiscard']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/leads/{id}/qualify': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['LeadStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Lead']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/openapi.json': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
    }
  }
  'GET /api/v1/org/assignments': {
    parameters: {
      query?: {
        /** @description who does the work */
        staff_id?: number
        /** @description for whom */
        subject_staff_id?: number
        /** @description support | price_audit | order_check | supervise */
        kind?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['AssignmentList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/org/assignments': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewAssignment']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Assignment']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'DELETE /api/v1/org/assignments/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/org/chart': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['OrgChart']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/org/template': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TemplateList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/org/template/apply': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['TemplateApply']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TemplateApplied']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/permissions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PermissionList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/pool': {
    parameters: {
      query?: {
        /** @description part of the name, pinyin initials, credit code or phone */
        q?: string
        /** @description this region and below */
        region_id?: number
        /** @description key | regular | prospect */
        class?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PoolPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/pool/{id}/claim': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['OwnerChange']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/positions': {
    parameters: {
      query?: {
        /** @description this department and the ones below it */
        department_id?: number
        /** @description part of the code or name */
        q?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PositionPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/positions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PositionSpec']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Position']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/positions/export.xlsx': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Binary']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/positions/from-template': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['FromTemplate']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Position']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/positions/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Position']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PUT /api/v1/positions/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PositionSave']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Position']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'DELETE /api/v1/positions/{id}': {
    parameters: {
      query?: {
        /** @description the version read */
        version?: number
      }
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/price-floors': {
    parameters: {
      query?: {
        product_id?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceFloorList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/price-floors': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewPriceFloor']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceFloor']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/price-history': {
    parameters: {
      query?: {
        product_id?: number
        customer_id?: number
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceChangePage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/price-history/export.xlsx': {
    parameters: {
      query?: {
        product_id?: number
        customer_id?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Binary']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/price-lists': {
    parameters: {
      query?: {
        /** @description part of the name */
        q?: string
        /** @description end_user | dealer | agent */
        customer_kind?: string
        season_id?: number
        /** @description draft | active | closed */
        status?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceListPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/price-lists': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewPriceList']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceList']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/price-lists/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceListDetail']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PUT /api/v1/price-lists/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PriceListUpdate']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceList']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/price-lists/{id}/activate': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PriceListVersion']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceList']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/price-lists/{id}/close': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PriceListVersion']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceList']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/price-lists/{id}/export.xlsx': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Binary']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PUT /api/v1/price-lists/{id}/lines': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PriceLineInput']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceListDetail']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'DELETE /api/v1/price-lists/{id}/lines/{line_id}': {
    parameters: {
      query?: {
        /** @description the list's version */
        version?: number
      }
      header?: never
      path: {
        id: number
        line_id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceListDetail']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/price-requests': {
    parameters: {
      query?: {
        /** @description pending | approved | rejected | withdrawn */
        status?: string
        to_decide?: boolean
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceRequestPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/price-requests': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewPriceRequest']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceRequest']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/price-requests/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceRequest']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/price-requests/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PriceDecision']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceRequest']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/price-requests/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PriceDecision']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceRequest']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/price-requests/{id}/withdraw': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['PriceDecision']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceRequest']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/price-seasons': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['SeasonList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/price-seasons': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewSeason']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Season']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PUT /api/v1/price-seasons/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['SeasonUpdate']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Season']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/pricing/quote': {
    parameters: {
      query?: {
        /** @description required */
        customer_id?: number
        /** @description required */
        product_id?: number
        /** @description in the product's base unit; default 0 (the first tier) */
        qty?: string
        /** @description YYYY-MM-DD; default today */
        date?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PriceAnswer']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/product-lines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ProductLineList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/product-lines': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewProductLine']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ProductLine']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/product-lines/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ProductLinePatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ProductLine']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/products': {
    parameters: {
      query?: {
        /** @description part of the code, name, specification or pinyin initials */
        q?: string
        product_line_id?: number
        /** @description made | bought */
        source?: string
        /** @description active | discontinued */
        status?: string
        /** @description code (default) | name (pinyin) | -updated_at */
        sort?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ProductPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/products': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewProduct']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Product']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/products/export.xlsx': {
    parameters: {
      query?: {
        /** @description as the list */
        q?: string
        product_line_id?: number
        /** @description made | bought */
        source?: string
        /** @description active | discontinued */
        status?: string
        /** @description code | name | -updated_at */
        sort?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Binary']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/products/import': {
    parameters: {
      query?: {
        /** @description check only */
        dry_run?: boolean
        /** @description the file name, when the Content-Type is generic */
        filename?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['ProductImportResult']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/products/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Product']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/products/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ProductPatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Product']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/products/{id}/discontinue': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ProductVersion']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Product']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/products/{id}/reactivate': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['ProductVersion']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Product']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/quotations': {
    parameters: {
      query?: {
        customer_id?: number
        lead_id?: number
        /** @description the rep */
        owner_staff_id?: number
        /** @description draft | submitted | approved | sent | accepted | … */
        state?: string
        /** @description quoted on or after (YYYY-MM-DD) */
        from?: string
        /** @description quoted on or before (YYYY-MM-DD) */
        to?: string
        /** @description part of the number */
        number?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['QuotationPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewQuotation']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/quotations/export.xlsx': {
    parameters: {
      query?: {
        customer_id?: number
        owner_staff_id?: number
        state?: string
        from?: string
        to?: string
        number?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['Binary']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/quotations/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PUT /api/v1/quotations/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['QuotationChange']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/accept': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['QuotationStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['QuotationStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/quotations/{id}/attachments': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['AttachmentList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/attachments': {
    parameters: {
      query?: {
        /** @description the file's name, for a raw body */
        filename?: string
      }
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Attachment']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/quotations/{id}/attachments/{attachment_id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
        attachment_id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/octet-stream': components['schemas']['Binary']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'DELETE /api/v1/quotations/{id}/attachments/{attachment_id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
        attachment_id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/cancel': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['QuotationStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/quotations/{id}/comments': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CommentList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/comments': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewComment']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Comment']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/decline': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['QuotationStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['QuotationStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/send': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['QuotationStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/submit': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['QuotationStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/quotations/{id}/timeline': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['CustomerTimeline']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/quotations/{id}/withdraw': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['QuotationStep']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Quotation']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/regions': {
    parameters: {
      query?: {
        /** @description part of the code or name */
        q?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RegionList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/regions': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewRegion']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Region']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'DELETE /api/v1/regions/{id}': {
    parameters: {
      query?: {
        /** @description the version read */
        version?: number
      }
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      204: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/regions/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['RegionPatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Region']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/roles': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['RoleList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/roles': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['RoleSpec']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Role']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PUT /api/v1/roles/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['RoleSpec']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Role']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/samples': {
    parameters: {
      query?: {
        /** @description requested | approved | rejected | shipped | feedback */
        state?: string
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['SampleList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/samples/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Sample']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/samples/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['SampleDecision']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Sample']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/samples/{id}/feedback': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['SampleFeedback']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Sample']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/samples/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['SampleDecision']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Sample']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/samples/{id}/ship': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['SampleShip']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Sample']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/staff': {
    parameters: {
      query?: {
        /** @description part of the code (工号) or name */
        q?: string
        /** @description this department and below */
        department_id?: number
        /** @description holding this position */
        position_id?: number
        /** @description covering this region */
        region_id?: number
        /** @description active | left */
        status?: string
        /** @description holding a position that grants it (customer.claim: may own customers) */
        permission?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['StaffPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/staff': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewStaff']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Staff']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/staff/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Staff']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/staff/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['StaffPatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Staff']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/transfers': {
    parameters: {
      query?: {
        /** @description requested | approved | rejected */
        state?: string
        /** @description of this customer */
        customer_id?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['TransferList']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/transfers/{id}/approve': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['TransferDecision']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Transfer']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/transfers/{id}/reject': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['TransferDecision']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Transfer']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/users': {
    parameters: {
      query?: {
        /** @description part of the login or display name */
        q?: string
        /** @description true or false */
        disabled?: boolean
        /** @description login | display_name | created_at */
        sort?: string
        /** @description asc | desc */
        order?: string
        /** @description 1-based */
        page?: number
        /** @description rows per page, at most 200 */
        size?: number
      }
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['UserPage']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/users': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['NewUser']
      }
    }
    responses: {
      /** @description OK */
      201: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['User']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /api/v1/users/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['User']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'PATCH /api/v1/users/{id}': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['UserPatch']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['User']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/users/{id}/disable': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['Version']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['User']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/users/{id}/enable': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['Version']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['User']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'POST /api/v1/users/{id}/reset-password': {
    parameters: {
      query?: never
      header?: never
      path: {
        id: number
      }
      cookie?: never
    }
    requestBody: {
      content: {
        'application/json': components['schemas']['Version']
      }
    }
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['PasswordReset']
        }
      }
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Not signed in, or the session expired */
      401: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
      /** @description Missing permission, or CSRF token refused */
      403: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/problem+json': components['schemas']['Problem']
        }
      }
    }
  }
  'GET /healthz': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content: {
          'application/json': components['schemas']['Health']
        }
      }
    }
  }
  'GET /metrics': {
    parameters: {
      query?: never
      header?: never
      path?: never
      cookie?: never
    }
    requestBody?: never
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown
        }
        content?: never
      }
    }
  }
}
