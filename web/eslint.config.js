import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'
import skipFormatting from 'eslint-config-prettier'

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      // Every user-visible string goes through vue-i18n (STYLE §9).
      'vue/no-bare-strings-in-template': [
        'error',
        { allowlist: ['|', '-', '—', '/', ':', '·', '(', ')', '×', '→'] },
      ],
      'vue/multi-word-component-names': 'off',
      'vue/max-lines-per-block': ['warn', { template: 200, script: 250 }],
    },
  },
  skipFormatting,
)
