// Icons that route meta may name; listed one by one so the bundle keeps only these.
import {
  Avatar,
  Briefcase,
  Connection,
  Document,
  Goods,
  HomeFilled,
  Location,
  OfficeBuilding,
  Setting,
  Share,
  User,
} from '@element-plus/icons-vue'
import type { Component } from 'vue'

export const menuIcons: Record<string, Component> = {
  Avatar,
  Briefcase,
  Connection,
  Document,
  Goods,
  HomeFilled,
  Location,
  OfficeBuilding,
  Setting,
  Share,
  User,
}
