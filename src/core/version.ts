/** Sent with every sign-up as `client`; a test keeps it equal to package.json's. */
export const CLIENT_NAME = '@openllm-france/widgets';
export const CLIENT_VERSION = '0.1.0';
