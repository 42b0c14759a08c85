-- Databases made before quotations: grant the new permissions as the position template now
-- does. quotation.read and fx.read wherever customer.read is held (everyone in sales, finance,
-- quality); quotation.write wherever price.propose is (those who quote: reps, supervisors,
-- managers, back office, foreign trade); fx.manage to finance (财务, template "finance") and to
-- roles that manage users (the administrator). On the duty or authority's own list too, so that
-- saving the position again keeps them.
UPDATE org_position_duties SET permissions = permissions || ' quotation.read fx.read'
  WHERE (' ' || permissions || ' ') LIKE '% customer.read %'
    AND (' ' || permissions || ' ') NOT LIKE '% quotation.read %';
UPDATE org_position_authorities SET permissions = permissions || ' quotation.read fx.read'
  WHERE (' ' || permissions || ' ') LIKE '% customer.read %'
    AND (' ' || permissions || ' ') NOT LIKE '% quotation.read %';
UPDATE org_position_duties SET permissions = permissions || ' quotation.write'
  WHERE (' ' || permissions || ' ') LIKE '% price.propose %'
    AND (' ' || permissions || ' ') NOT LIKE '% quotation.write %';
UPDATE org_position_authorities SET permissions = permissions || ' quotation.write'
  WHERE (' ' || permissions || ' ') LIKE '% price.propose %'
    AND (' ' || permissions || ' ') NOT LIKE '% quotation.write %';
UPDATE org_position_duties SET permissions = TRIM(permissions || ' fx.manage fx.read')
  WHERE position_id IN (SELECT id FROM org_positions WHERE template_code = 'finance')
    AND description LIKE '负责银行账务管理%'
    AND (' ' || permissions || ' ') NOT LIKE '% fx.manage %';
INSERT INTO org_position_permissions (position_id, permission)
  SELECT position_id, 'quotation.read' FROM org_position_permissions
  WHERE permission = 'customer.read'
  ON CONFLICT DO NOTHING;
INSERT INTO org_position_permissions (position_id, permission)
  SELECT position_id, 'fx.read' FROM org_position_permissions
  WHERE permission = 'customer.read'
  ON CONFLICT DO NOTHING;
INSERT INTO org_position_permissions (position_id, permission)
  SELECT position_id, 'quotation.write' FROM org_position_permissions
  WHERE permission = 'price.propose'
  ON CONFLICT DO NOTHING;
INSERT INTO org_position_permissions (position_id, permission)
  SELECT id, 'fx.manage' FROM org_positions WHERE template_code = 'finance'
  ON CONFLICT DO NOTHING;
INSERT INTO org_position_permissions (position_id, permission)
  SELECT id, 'fx.read' FROM org_positions WHERE template_code = 'finance'
  ON CONFLICT DO NOTHING;
INSERT INTO auth_role_permissions (role_id, permission)
  SELECT role_id, 'quotation.read' FROM auth_role_permissions WHERE permission = 'customer.read'
  ON CONFLICT DO NOTHING;
INSERT INTO auth_role_permissions (role_id, permission)
  SELECT role_id, 'fx.read' FROM auth_role_permissions WHERE permission = 'customer.read'
  ON CONFLICT DO NOTHING;
INSERT INTO auth_role_permissions (role_id, permission)
  SELECT role_id, 'quotation.write' FROM auth_role_permissions WHERE permission = 'price.propose'
  ON CONFLICT DO NOTHING;
INSERT INTO auth_role_permissions (role_id, permission)
  SELECT role_id, 'fx.manage' FROM auth_role_permissions WHERE permission = 'user.manage'
  ON CONFLICT DO NOTHING;
