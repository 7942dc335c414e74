import * as http from 'http';
import type { Redis } from 'ioredis';
import type { ApiSettings, SecretStoreSettings } from './config';
import { SCOPES } from './settings-schema';
/**
 * `rws permit api`: the read-only status and connection API of the permit service (node's
 * http module, no framework). Every route but /healthz, /readyz, /metrics and /openapi.json
 * needs `Authorization: Bearer <token>`; `/connection` needs a token with the `connection` scope.
 */
/** Scopes a token may carry. */
export { SCOPES };
/** One API token: its SHA-256 and its scopes. */
export interface ApiToken {
    readonly name: string;
    readonly sha256: Buffer;
    readonly scopes: string[];
}
/**
 * Reads the token file (YAML):
 *   tokens:
 *     - { name: permit-manager, sha256: <hex of SHA-256(token)>, scopes: [status] }
 *     - { name: guacamole, token_file: /run/secrets/guac-token, scopes: [status, connection] }
 *     - { name: dev, token: <plain token>, scopes: [status] }
 */
export declare function readTokenFile(file: string): ApiToken[];
/** The token a bearer value matches: compares SHA-256 digests in constant time, every token checked. */
export declare function authenticate(tokens: readonly ApiToken[], header: string | undefined): ApiToken | undefined;
/** The secret store could not answer (a command that failed or timed out): the API answers 502. */
export declare class SecretStoreError extends Error {
}
/**
 * Reads a password from the secret store at request time; undefined when it has none (no file,
 * or a command that succeeded with empty output). A command that fails throws SecretStoreError
 * naming its exit, never its output (which may hold the secret).
 */
export declare function readSecret(s: SecretStoreSettings, permitId: string, username: string, workspace: string): Promise<string | undefined>;
/** Operational status of the workspace for the Permit Manager (`{"status": "RUNNING"}` and others). */
export declare function operationalStatus(state: {
    status?: string;
    failed?: string;
    applying?: unknown;
    workspaces?: Array<{
        state: string;
    }>;
}): string;
/** The OpenAPI 3.1 document served at /openapi.json. */
export declare const OPENAPI: {
    openapi: string;
    info: {
        title: string;
        version: string;
        description: string;
    };
    components: {
        securitySchemes: {
            bearer: {
                type: string;
                scheme: string;
                description: string;
            };
        };
        schemas: {
            Error: {
                type: string;
                required: string[];
                properties: {
                    error: {
                        type: string;
                    };
                };
            };
            Status: {
                type: string;
                required: string[];
                properties: {
                    status: {
                        type: string;
                        enum: string[];
                    };
                    permitStatus: {
                        type: string;
                    };
                };
            };
            Connection: {
                type: string;
                required: string[];
                properties: {
                    connection: {
                        type: string;
                        required: string[];
                        properties: {
                            protocol: {
                                type: string;
                            };
                            host: {
                                type: string;
                            };
                            port: {
                                type: string;
                            };
                            username: {
                                type: string;
                            };
                            password: {
                                type: string;
                            };
                        };
                    };
                };
            };
            Permit: {
                type: string;
                properties: {
                    permitId: {
                        type: string;
                    };
                    status: {
                        type: string;
                    };
                    previousStatus: {
                        type: string;
                    };
                    history: {
                        type: string;
                        items: {
                            type: string;
                        };
                    };
                    errors: {
                        type: string;
                        items: {
                            type: string;
                        };
                    };
                };
            };
        };
    };
    security: {
        bearer: never[];
    }[];
    paths: {
        '/healthz': {
            get: {
                security: never[];
                summary: string;
                responses: {
                    200: {
                        description: string;
                    };
                };
            };
        };
        '/readyz': {
            get: {
                security: never[];
                summary: string;
                responses: {
                    200: {
                        description: string;
                    };
                    503: {
                        description: string;
                    };
                };
            };
        };
        '/metrics': {
            get: {
                security: never[];
                summary: string;
                responses: {
                    200: {
                        description: string;
                    };
                };
            };
        };
        '/openapi.json': {
            get: {
                security: never[];
                summary: string;
                responses: {
                    200: {
                        description: string;
                    };
                };
            };
        };
        '/api/v1/permits/{permitId}/releases': {
            get: {
                summary: string;
                parameters: {
                    name: string;
                    in: string;
                    required: boolean;
                    schema: {
                        type: string;
                    };
                }[];
                responses: {
                    200: {
                        description: string;
                    };
                    404: {
                        description: string;
                    };
                };
            };
        };
        '/api/v1/permits/{permitId}/releases/{requestId}': {
            get: {
                summary: string;
                parameters: {
                    name: string;
                    in: string;
                    required: boolean;
                    schema: {
                        type: string;
                    };
                }[];
                responses: {
                    200: {
                        description: string;
                    };
                    404: {
                        description: string;
                    };
                };
            };
        };
        '/api/v1/workspaces/{permitId}/status': {
            get: {
                summary: string;
                parameters: {
                    name: string;
                    in: string;
                    required: boolean;
                    schema: {
                        type: string;
                    };
                }[];
                responses: {
                    200: {
                        description: string;
                        content: {
                            'application/json': {
                                schema: {
                                    $ref: string;
                                };
                            };
                        };
                    };
                    401: {
                        description: string;
                    };
                    404: {
                        description: string;
                    };
                };
            };
        };
        '/api/v1/workspaces/{permitId}/connection': {
            get: {
                summary: string;
                parameters: ({
                    name: string;
                    in: string;
                    required: boolean;
                    schema: {
                        type: string;
                    };
                    description?: undefined;
                } | {
                    name: string;
                    in: string;
                    required: boolean;
                    schema: {
                        type: string;
                    };
                    description: string;
                })[];
                responses: {
                    200: {
                        description: string;
                        content: {
                            'application/json': {
                                schema: {
                                    $ref: string;
                                };
                            };
                        };
                    };
                    401: {
                        description: string;
                    };
                    403: {
                        description: string;
                    };
                    404: {
                        description: string;
                    };
                    409: {
                        description: string;
                    };
                    502: {
                        description: string;
                    };
                };
            };
        };
        '/api/v1/permits/{permitId}': {
            get: {
                summary: string;
                parameters: {
                    name: string;
                    in: string;
                    required: boolean;
                    schema: {
                        type: string;
                    };
                }[];
                responses: {
                    200: {
                        description: string;
                        content: {
                            'application/json': {
                                schema: {
                                    $ref: string;
                                };
                            };
                        };
                    };
                    404: {
                        description: string;
                    };
                };
            };
        };
        '/api/v1/permits': {
            get: {
                summary: string;
                parameters: ({
                    name: string;
                    in: string;
                    schema: {
                        type: string;
                        maximum?: undefined;
                    };
                } | {
                    name: string;
                    in: string;
                    schema: {
                        type: string;
                        maximum: number;
                    };
                })[];
                responses: {
                    200: {
                        description: string;
                    };
                };
            };
        };
    };
};
/** Starts the server; resolves when it listens. */
export declare function startApi(s: ApiSettings, redis: Redis, tokens: readonly ApiToken[]): Promise<http.Server>;
