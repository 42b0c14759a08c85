// Icons that route meta may name; listed one by one so the bundle keeps only these.
import { Document, HomeFilled, Setting, User } from '@element-plus/icons-vue'
import type { Component } from 'vue'

export const menuIcons: Record<string, Component> = { Document, HomeFilled, Setting, User }
