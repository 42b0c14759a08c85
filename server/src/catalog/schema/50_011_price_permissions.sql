-- Who may see and change prices, on databases whose positions were written from the template
-- before the price policy (the template itself grants the same): price.read wherever
-- product.read is held (everyone in sales, finance, quality); price.propose for the deputy
-- heads and the back-office supervisor beside the positions that already had it;
-- price.below_floor with the head of sales' price.set (positions by their template code). On
-- the duty or authority's own list too, so that saving the position again keeps them.
UPDATE org_position_duties SET permissions = permissions || ' price.read'
  WHERE (' ' || permissions || ' ') LIKE '% product.read %'
    AND (' ' || permissions || ' ') NOT LIKE '% price.read %';
UPDATE org_position_authorities SET permissions = permissions || ' price.read'
  WHERE (' ' || permissions || ' ') LIKE '% product.read %'
    AND (' ' || permissions || ' ') NOT LIKE '% price.read %';
UPDATE org_position_authorities SET permissions = permissions || ' price.below_floor'
  WHERE (' ' || permissions || ' ') LIKE '% price.set %'
    AND (' ' || permissions || ' ') NOT LIKE '% price.below_floor %'
    AND position_id IN (SELECT id FROM org_positions WHERE template_code = 'sales_head');
UPDATE org_position_duties SET permissions = permissions || ' price.propose'
  WHERE (' ' || permissions || ' ') LIKE '% product.read %'
    AND (' ' || permissions || ' ') NOT LIKE '% price.propose %'
    AND position_id IN (SELECT id FROM org_positions
                        WHERE template_code IN ('sales_deputy', 'office_supervisor'));
INSERT INTO org_position_permissions (position_id, permission)
  SELECT position_id, 'price.read' FROM org_position_permissions
  WHERE permission = 'product.read'
  ON CONFLICT DO NOTHING;
INSERT INTO org_position_permissions (position_id, permission)
  SELECT p.id, 'price.below_floor' FROM org_positions p
  WHERE p.template_code = 'sales_head'
    AND EXISTS (SELECT 1 FROM org_position_permissions g
                WHERE g.position_id = p.id AND g.permission = 'price.set')
  ON CONFLICT DO NOTHING;
INSERT INTO org_position_permissions (position_id, permission)
  SELECT p.id, 'price.propose' FROM org_positions p
  WHERE p.template_code IN ('sales_deputy', 'office_supervisor')
    AND EXISTS (SELECT 1 FROM org_position_permissions g
                WHERE g.position_id = p.id AND g.permission = 'product.read')
  ON CONFLICT DO NOTHING;
INSERT INTO auth_role_permissions (role_id, permission)
  SELECT role_id, 'price.read' FROM auth_role_permissions WHERE permission = 'product.read'
  ON CONFLICT DO NOTHING;
