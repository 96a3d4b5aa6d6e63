import { define } from '../core/define.js';
import { OpenLlmManifesto } from './manifesto.js';

export { OpenLlmManifesto, type ManifestoVariant } from './manifesto.js';
export { JoinRequestEvent } from './events.js';
export { setLocale, getLocale } from '../core/locale.js';

define('openllm-manifesto', OpenLlmManifesto);
