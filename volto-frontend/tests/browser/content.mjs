// Test content made through the REST API (as the Zope admin unless told).
import zlib from 'node:zlib';
import assert from 'node:assert/strict';
import { rest, appPath } from './harness.mjs';

/** A plain-colour PNG of w x h pixels. */
export function png(w, h, [r, g, b]) {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3)]);
  for (let x = 0; x < w; x += 1) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function ok(promise, what) {
  const res = await promise;
  assert.ok(res.status < 300, `${what}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

/**
 * A published news item in `folder` (app path), with an optional lead
 * image (an Image inside it, linked as `preview_image_link`, Volto 18's
 * lead image). Returns { path, uid, title }.
 */
export async function createNews(stack, folder, opts) {
  const { title, description = '', subjects = [], effective, image, text, user = 'admin' } = opts;
  const id = opts.id;
  const blocks = {
    'a0000000-0000-4000-8000-000000000001': { '@type': 'title' },
    'a0000000-0000-4000-8000-000000000002': { '@type': 'description' },
  };
  const items = Object.keys(blocks);
  if (text) {
    blocks['a0000000-0000-4000-8000-000000000003'] = {
      '@type': 'slate',
      value: [{ type: 'p', children: [{ text }] }],
      plaintext: text,
    };
    items.push('a0000000-0000-4000-8000-000000000003');
  }
  const created = await ok(
    rest(stack, 'POST', folder === '/' ? '' : folder, {
      user,
      body: {
        '@type': 'News Item',
        ...(id ? { id } : {}),
        title,
        description,
        subjects,
        ...(effective ? { effective } : {}),
        blocks,
        blocks_layout: { items },
      },
    }),
    `creating "${title}"`,
  );
  const path = appPath(stack, created['@id']);
  if (image) {
    const img = await ok(
      rest(stack, 'POST', path, {
        user,
        body: {
          '@type': 'Image',
          id: 'anh-dai-dien',
          title: image.title || `Ảnh: ${title}`,
          image: {
            data: png(image.width || 800, image.height || 450, image.color || [30, 110, 190]).toString('base64'),
            encoding: 'base64',
            filename: 'anh-dai-dien.png',
            'content-type': 'image/png',
          },
        },
      }),
      `image of "${title}"`,
    );
    await ok(
      rest(stack, 'PATCH', path, {
        user,
        body: { preview_image_link: img.UID, preview_caption_link: image.caption || '' },
      }),
      `lead image of "${title}"`,
    );
  }
  if (opts.publish !== false) {
    await ok(rest(stack, 'POST', `${path}/@workflow/publish`, { user: 'admin', body: effective ? { effective } : {} }), `publishing "${title}"`);
  }
  return { path, uid: created.UID, title };
}

/** A published Event in `folder` (a unit's "Lịch công tác"). */
export async function createEvent(stack, folder, { title, start, end, location = '', wholeDay = false }) {
  const created = await ok(
    rest(stack, 'POST', folder, {
      user: 'admin',
      body: { '@type': 'Event', title, start, end, location, whole_day: wholeDay },
    }),
    `creating event "${title}"`,
  );
  const path = appPath(stack, created['@id']);
  await ok(rest(stack, 'POST', `${path}/@workflow/publish`, { user: 'admin', body: {} }), `publishing "${title}"`);
  return { path, title };
}

/** A published Album with one photo in `folder` (a unit's "Thư viện ảnh"). */
export async function createAlbum(stack, folder, { title, photo }) {
  const created = await ok(
    rest(stack, 'POST', folder, { user: 'admin', body: { '@type': 'Album', title } }),
    `creating album "${title}"`,
  );
  const path = appPath(stack, created['@id']);
  await ok(
    rest(stack, 'POST', path, {
      user: 'admin',
      body: {
        '@type': 'Image',
        title: photo,
        image: {
          data: png(640, 360, [200, 60, 40]).toString('base64'),
          encoding: 'base64',
          filename: 'anh.png',
          'content-type': 'image/png',
        },
      },
    }),
    `photo of "${title}"`,
  );
  await ok(rest(stack, 'POST', `${path}/@workflow/publish`, { user: 'admin', body: {} }), `publishing "${title}"`);
  return { path, title };
}

/** Link items as related (relatedItems of `path`). */
export async function relate(stack, path, uids) {
  await ok(rest(stack, 'PATCH', path, { user: 'admin', body: { relatedItems: uids } }), `relating ${path}`);
}

/**
 * A province home like a real one: the province's latest news (some with
 * images) and news from three units. Returns the created items.
 */
export async function seedHome(stack, units) {
  const byCode = (code) => units.find((u) => u.code === code);
  const made = [];
  const day = (n) => new Date(Date.UTC(2026, 2, n, 2, 0, 0)).toISOString();
  const province = [
    'Hội nghị Ủy ban MTTQ tỉnh lần thứ năm',
    'Phát động Tháng cao điểm Vì người nghèo',
    'Tập huấn kỹ năng số cho cán bộ Mặt trận',
    'Giám sát việc thực hiện chính sách an sinh xã hội',
    'Gặp mặt chức sắc, chức việc các tôn giáo',
    'Tổng kết Cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới',
  ];
  for (const [i, title] of province.entries()) {
    made.push(
      await createNews(stack, '/tin-tuc', {
        title,
        description: `${title}: tóm tắt nội dung tin.`,
        effective: day(20 - i),
        image: i % 2 === 0 ? { color: [30 + i * 30, 90, 160] } : undefined,
      }),
    );
  }
  for (const [i, code] of ['178', '180', '181'].entries()) {
    const unit = byCode(code);
    if (!unit) continue;
    made.push(
      await createNews(stack, `${unit.path}/tin-tuc`, {
        title: `${unit.name}: hoạt động Mặt trận cơ sở tháng 3`,
        description: 'Tin từ cơ sở.',
        effective: day(19 - i),
        image: { color: [40, 140 + i * 30, 70] },
      }),
    );
  }
  return made;
}
