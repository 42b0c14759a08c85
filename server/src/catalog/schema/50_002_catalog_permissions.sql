-- Databases made before the catalog: their positions and roles were written from the template
-- without product.read and product.manage, and applying the template again only adds missing
-- positions. Granted as the template grants them: product.read wherever customer.read is held
-- (every sales position, finance, quality), product.manage wherever customer.import is (the head
-- of sales, 内勤主管, 销售内勤). On a duty or authority's own list too, so that saving the
-- position again (which rewrites org_position_permissions from them) keeps them.
UPDATE org_position_duties SET permissions = permissions || ' product.read'
  WHERE (' ' || permissions || ' ') LIKE '% customer.read %'
    AND (' ' || permissions || ' ') NOT LIKE '% product.read %';
UPDATE org_position_authorities SET permissions = permissions || ' product.read'
  WHERE (' ' || permissions || ' ') LIKE '% customer.read %'
    AND (' ' || permissions || ' ') NOT LIKE '% product.read %';
UPDATE org_position_duties SET permissions = permissions || ' product.manage'
  WHERE (' ' || permissions || ' ') LIKE '% customer.import %'
    AND (' ' || permissions || ' ') NOT LIKE '% product.manage %';
UPDATE org_position_authorities SET permissions = permissions || ' product.manage'
  WHERE (' ' || permissions || ' ') LIKE '% customer.import %'
    AND (' ' || permissions || ' ') NOT LIKE '% product.manage %';
INSERT INTO org_position_permissions (position_id, permission)
  SELECT position_id, 'product.read' FROM org_position_permissions
  WHERE permission = 'customer.read'
  ON CONFLICT DO NOTHING;
INSERT INTO org_position_permissions (position_id, permission)
  SELECT position_id, 'product.manage' FROM org_position_permissions
  WHERE permission = 'customer.import'
  ON CONFLICT DO NOTHING;
INSERT INTO auth_role_permissions (role_id, permission)
  SELECT role_id, 'product.read' FROM auth_role_permissions WHERE permission = 'customer.read'
  ON CONFLICT DO NOTHING;
INSERT INTO auth_role_permissions (role_id, permission)
  SELECT role_id, 'product.manage' FROM auth_role_permissions WHERE permission = 'customer.import'
  ON CONFLICT DO NOTHING;
