import { define } from '../core/define.js';
import { OpenLlmJoin } from './join.js';

export { OpenLlmJoin, type JoinState } from './join.js';
export * from './events.js';
export type { Signup } from '../contracts/signup.js';
export { setLocale, getLocale } from '../core/locale.js';

define('openllm-join', OpenLlmJoin);
