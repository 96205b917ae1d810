import urql from '@urql/vue';
import 'element-plus/theme-chalk/base.css';
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import { graphqlClient } from './shared/graphql';
import './shared/theme.css';

createApp(App).use(router).use(urql, graphqlClient).mount('#app');
