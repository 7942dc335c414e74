import type { Channel } from 'amqplib';
/**
 * The RabbitMQ objects every party declares the same way (idempotent): the events exchange and
 * the ingress queue bound to it with `#`. Publishers declare them too, so an event published
 * before any worker ever ran is kept, not dropped as unroutable.
 */
export declare function declareIngress(ch: Channel, exchange: string): Promise<string>;
