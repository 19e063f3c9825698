-- The traditional festivals of 我们的节日 and the fixed days the seed names.
-- Dates are computed from these rules with cn.6tail:lunar; no lunar tables are stored.
INSERT INTO festival (code, name, rule_type, rule_month, rule_day, solar_term, description, builtin, sort_order, created_at) VALUES
('CHUNJIE',   '春节',       'LUNAR',      1,    1,    NULL,   '农历正月初一', TRUE, 10, CURRENT_TIMESTAMP),
('YUANXIAO',  '元宵节',     'LUNAR',      1,    15,   NULL,   '农历正月十五', TRUE, 20, CURRENT_TIMESTAMP),
('LEIFENG',   '学雷锋纪念日', 'SOLAR',     3,    5,    NULL,   '每年3月5日', TRUE, 30, CURRENT_TIMESTAMP),
('QINGMING',  '清明节',     'SOLAR_TERM', NULL, NULL, '清明', '二十四节气之清明', TRUE, 40, CURRENT_TIMESTAMP),
('DUANWU',    '端午节',     'LUNAR',      5,    5,    NULL,   '农历五月初五', TRUE, 50, CURRENT_TIMESTAMP),
('QIXI',      '七夕节',     'LUNAR',      7,    7,    NULL,   '农历七月初七', TRUE, 60, CURRENT_TIMESTAMP),
('ZHONGQIU',  '中秋节',     'LUNAR',      8,    15,   NULL,   '农历八月十五', TRUE, 70, CURRENT_TIMESTAMP),
('CHONGYANG', '重阳节',     'LUNAR',      9,    9,    NULL,   '农历九月初九', TRUE, 80, CURRENT_TIMESTAMP);
