import type { Channel } from 'amqplib';

/**
 * The RabbitMQ objects every party declares the same way (idempotent): the events exchange and
 * the ingress queue bound to it with `#`. Publishers declare them too, so an event published
 * before any worker ever ran is kept, not dropped as unroutable.
 */
export async function declareIngress(ch: Channel, exchange: string): Promise<string> {
  const queue = `${exchange}.ingress`;
  await ch.assertExchange(exchange, 'topic', { durable: true });
  await ch.assertQueue(queue, { durable: true, arguments: { 'x-single-active-consumer': true } });
  await ch.bindQueue(queue, exchange, '#');
  return queue;
}
